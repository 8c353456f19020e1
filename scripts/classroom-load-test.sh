#!/usr/bin/env bash
# A shared classroom server: 30 students study at once, each as themselves, against ONE progress file.
#
# Every student runs `recall study` in line mode with answers piped in, a few a second, for 60 seconds
# (a session that runs out of cards is followed by another). Then, for each student, the answers the
# sessions graded are counted against the reviews stored under that student's name, every stderr is
# searched for lock errors, and the counts are printed. Exits non-zero if anything was lost, anything
# was written under another name, or any session failed.
#
# Usage: scripts/classroom-load-test.sh [STUDENTS] [SECONDS]
#   RECALL_BIN=path/to/recall  use this binary (default: build a release one with swift build)
#   KEEP=1                     keep the work folder (progress file and every transcript)
set -euo pipefail

students=${1:-30}
seconds=${2:-60}
repo=$(cd "$(dirname "$0")/.." && pwd)

if [[ -z "${RECALL_BIN:-}" ]]; then
    echo "Building recall (release)…" >&2
    swift build -c release --product recall --package-path "$repo" >&2
    RECALL_BIN=$(swift build -c release --product recall --package-path "$repo" --show-bin-path)/recall
fi
recall=$RECALL_BIN

work=$(mktemp -d "${TMPDIR:-/tmp}/recall-classroom.XXXXXX")
if [[ "${KEEP:-}" != 1 ]]; then trap 'rm -rf "$work"' EXIT; fi
progress="$work/progress.sqlite"
export RECALL_DECKS="$repo/Decks" NO_COLOR=1 TERM=dumb
unset RECALL_PROGRESS

names=()
for ((i = 1; i <= students; i++)); do names+=("$(printf 'student-%02d' "$i")"); done

# The teacher sets up the file and the class first, as a teacher would.
"$recall" class create classroom --progress "$progress" >/dev/null
"$recall" class add classroom "${names[@]}" --progress "$progress" >/dev/null

# Answers, one every 0.1–0.4 s, until the deadline; mostly option numbers, now and then a typed word.
feed() {
    local deadline=$1 seed=$2
    RANDOM=$seed
    while ((SECONDS < deadline)); do
        case $((RANDOM % 10)) in
            0) echo "Moscow" ;;
            1) echo "1945" ;;
            2 | 3) echo $((RANDOM % 2 + 3)) ;;
            *) echo $((RANDOM % 2 + 1)) ;;
        esac
        sleep "0.$((RANDOM % 4 + 1))"
    done
}

# One student: sessions back to back until the deadline.
student() {
    local name=$1 index=$2 deadline=$3 session=0
    while ((SECONDS < deadline)); do
        session=$((session + 1))
        { feed "$deadline" $((index * 1000 + session)) || true; } \
            | "$recall" study --learner "$name" --progress "$progress" --new 500 --seed $((index * 1000 + session)) \
                >>"$work/$name.out" 2>>"$work/$name.err" || echo "session $session exited with $?" >>"$work/$name.err"
    done
}

echo "Running $students students for $seconds s against $progress…" >&2
deadline=$((SECONDS + seconds))
started=$SECONDS
for i in "${!names[@]}"; do
    student "${names[$i]}" "$((i + 1))" "$deadline" &
done
wait
elapsed=$((SECONDS - started))

# Count: the answers in each transcript (one rating line each, and the sessions' own summaries) against
# the reviews stored under each name.
"$recall" progress export --format jsonl --progress "$progress" >"$work/export.jsonl"
printf '%-12s %8s %8s %9s %s\n' STUDENT SESSIONS ANSWERS STORED CHECK
total_answers=0 total_stored=0 failures=0
for name in "${names[@]}"; do
    # A graded answer's rating line ("  Good, answered in 2.1 s · …"), or a self-graded card's ("Good: back in …").
    answers=$(grep -cE '^(  (Again|Hard|Good|Easy)(, answered| \(changed)|(Again|Hard|Good|Easy): back )' "$work/$name.out" || true)
    summed=$(grep -oE '^Studied [0-9]+ card' "$work/$name.out" | grep -oE '[0-9]+' | paste -sd+ - | bc || echo 0)
    sessions=$(grep -cE '^Studied ' "$work/$name.out" || true)
    stored=$(grep -c "\"learner\":\"$name\"" "$work/export.jsonl" || true)
    check=ok
    if [[ "$answers" != "$stored" || "$answers" != "${summed:-0}" ]]; then check="MISMATCH (summaries say ${summed:-0})"; failures=$((failures + 1)); fi
    printf '%-12s %8s %8s %9s %s\n' "$name" "$sessions" "$answers" "$stored" "$check"
    total_answers=$((total_answers + answers))
    total_stored=$((total_stored + stored))
done
all_reviews=$(wc -l <"$work/export.jsonl")
printf '%-12s %8s %8s %9s\n' TOTAL "" "$total_answers" "$total_stored"

strangers=$(grep -oE '"learner":"[^"]*"' "$work/export.jsonl" | sort -u | grep -vcE '"learner":"student-[0-9]+"' || true)
lock_errors=$(cat "$work"/*.err 2>/dev/null | grep -ciE 'lock|busy' || true)
other_errors=$(cat "$work"/*.err 2>/dev/null | grep -viE 'lock|busy' | grep -c . || true)

echo
echo "$students students, $elapsed s: $total_answers answers graded, $total_stored reviews stored under their own names, $all_reviews in the file."
echo "Reviews under any other name: $strangers. Lock errors on stderr: $lock_errors. Other stderr lines: $other_errors."
if ((other_errors > 0)); then cat "$work"/*.err | head -20; fi
if ((failures > 0 || lock_errors > 0 || other_errors > 0 || strangers > 0 || all_reviews != total_stored || total_answers == 0)); then
    echo "FAILED" >&2
    exit 1
fi
echo "OK: nothing lost, no lock errors."
