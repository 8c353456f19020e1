"""Reads a GIFT file the way Moodle's importer would, with pygiftparser (PyPI), and checks that every
question Recall wrote comes back whole and as the type it meant: multiple choice with one right option,
true/false, matching, numerical, short answers a student could type, and essays (marked by hand) for answers
too long to type, with the answer in the feedback.

Usage: check_gift.py FILE LABEL   (exits 1 and says why on the first file that fails)
"""
import io
import re
import sys

from pygiftparser import answer as answers
from pygiftparser import parser

SHORT_ANSWER_WORDS = 4


def expected(kind):
    return {
        "multiple-choice": (answers.SelectSet, answers.MultipleChoicesSet),
        "true-false": (answers.TrueFalseSet,),
        "matching": (answers.MatchingSet,),
        "ordering": (answers.MatchingSet,),
        "typed": (answers.ShortSet, answers.NumericAnswerSet, answers.Essay),
        "cloze": (answers.ShortSet, answers.NumericAnswerSet),
        "flashcard": (answers.ShortSet, answers.NumericAnswerSet, answers.Essay),
    }[kind]


def main(path, label):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    ids = re.findall(r"^// \[id:(.*?)\]", text, flags=re.M)
    with open(path, encoding="utf-8") as f:
        questions = parser.parseFile(f)
    problems = []
    if len(questions) != len(ids):
        problems.append(f"{len(ids)} questions written, {len(questions)} read back")
    for q in questions:
        match = re.search(r"// \[id:(.*?)\]", q.full)
        if not match:
            problems.append(f"a question without its id: {q.full[:80]!r}")
            continue
        qid = match.group(1)
        kind = qid.split("/")[-2]
        if not q.valid and "{#-" in q.source:
            # pygiftparser 1.1 reads no negative numbers, which Moodle's GIFT allows ({#-180:9}): read the
            # question again without the sign, to check the rest of it.
            q = parser.parseFile(io.StringIO(q.full.replace("{#-", "{#").replace("..-", "..")))[0]
        if not q.valid:
            problems.append(f"{qid}: not a valid GIFT question")
            continue
        if not isinstance(q.answers, expected(kind)):
            problems.append(f"{qid}: read as {type(q.answers).__name__}")
            continue
        if isinstance(q.answers, (answers.SelectSet, answers.MultipleChoicesSet)):
            right = [a for a in q.answers.answers if a.select]
            if len(right) != 1 or len(q.answers.answers) < 3:
                problems.append(f"{qid}: {len(right)} right of {len(q.answers.answers)} options")
        if isinstance(q.answers, answers.ShortSet):
            for a in q.answers.answers:
                if len(a.answer.split()) > SHORT_ANSWER_WORDS + 2 and not re.search(r"\d", a.answer):
                    problems.append(f"{qid}: short answer no one could type exactly: {a.answer!r}")
        if isinstance(q.answers, answers.Essay) and not re.search(r"Answer\\?:", q.generalFeedback):
            problems.append(f"{qid}: an essay without its answer as feedback")
        if isinstance(q.answers, answers.MatchingSet) and len(q.answers.answers) < 3:
            problems.append(f"{qid}: {len(q.answers.answers)} pairs")
    if problems:
        print(f"{label}: {path}:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"{label}: {len(questions)} questions read back")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
