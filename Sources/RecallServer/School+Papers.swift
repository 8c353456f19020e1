import Foundation
import PostgresNIO
import SyncWire

extension School {
    /// Keeps a printed quiz's manifest for one of the teacher's classes; the same quiz again changes nothing.
    func keepQuiz(_ quiz: WireQuiz, for className: String, teacherId: Int64) async throws -> WireQuiz {
        guard !quiz.id.isEmpty, quiz.id.count <= 32,
            quiz.id.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        else {
            throw APIError.unprocessable("'\(quiz.id.prefix(40))' is not a quiz id (the letters and digits printed on the quiz)")
        }
        guard quiz.manifest.utf8.count <= SyncLimits.maximumManifestBytes else {
            throw APIError.tooLarge("the quiz's manifest is larger than \(SyncLimits.maximumManifestBytes / 1024) KB")
        }
        guard (try? JSONSerialization.jsonObject(with: Data(quiz.manifest.utf8))) is [String: Any] else {
            throw APIError.unprocessable("the quiz's manifest is not a JSON object")
        }
        guard quiz.deck.count <= SyncLimits.maximumNameLength, quiz.title.count <= 500 else {
            throw APIError.unprocessable("the quiz's deck or title is too long")
        }
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection)
            let inserted = try await connection.query(
                """
                INSERT INTO quiz (id, class_id, deck, title, created_at, manifest)
                VALUES (\(quiz.id), \(classId), \(quiz.deck), \(quiz.title), \(quiz.createdAt), \(quiz.manifest))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, logger: logger
            ).collect()
            if inserted.isEmpty {
                let rows = try await connection.query(
                    "SELECT class_id, manifest FROM quiz WHERE id = \(quiz.id)", logger: logger
                ).collect()
                let (storedClass, manifest) = try rows[0].decode((Int64, String).self)
                guard storedClass == classId, manifest == quiz.manifest else {
                    throw APIError.conflict(
                        "the server already holds a different quiz with the id \(quiz.id); print it with another --seed")
                }
            }
            return quiz
        }
    }

    /// A quiz printed for one of the teacher's classes.
    func quiz(_ id: String, teacherId: Int64) async throws -> WireQuiz {
        let rows = try await database.client.query(
            """
            SELECT quiz.id, quiz.deck, quiz.title, quiz.created_at, quiz.manifest, school_class.teacher_id
            FROM quiz JOIN school_class ON school_class.id = quiz.class_id WHERE quiz.id = \(id)
            """, logger: logger
        ).collect()
        guard let row = rows.first else { throw APIError.notFound("no quiz \(id.prefix(40)) on this server") }
        let (quizId, deck, title, createdAt, manifest, owner) = try row.decode((String, String, String, Int64, String, Int64).self)
        guard owner == teacherId else { throw APIError.forbidden("quiz \(id) was printed for another teacher's class") }
        return WireQuiz(id: quizId, deck: deck, title: title, createdAt: createdAt, manifest: manifest)
    }

    /// Records a graded paper: its answers join the student's log (they reach the student's devices at the
    /// next sync) and the paper is marked graded, in one transaction. A paper graded before is reported and
    /// recorded nothing.
    func recordPaper(_ paper: WirePaper, in className: String, teacherId: Int64) async throws -> PaperResponse {
        guard paper.total >= 0, (0...max(paper.total, 0)).contains(paper.score) else {
            throw APIError.unprocessable("a score of \(paper.score) out of \(paper.total) is not a score")
        }
        guard paper.version.count <= 10, !paper.version.isEmpty else { throw APIError.unprocessable("the version must be 1–10 characters") }
        guard paper.gradedAt >= 0, paper.gradedAt <= now() + SyncLimits.clockSkewMicroseconds else {
            throw APIError.unprocessable("the paper is dated before 1970 or in the future")
        }
        let reviews = try rules.check(paper.reviews, learner: paper.student, sources: ["paper"])
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection)
            let (_, learnerId) = try await members([paper.student], of: classId, className: className, on: connection)[0]
            let quizRows = try await connection.query("SELECT class_id FROM quiz WHERE id = \(paper.quiz)", logger: logger).collect()
            guard let quizClass = try quizRows.first?.decode(Int64.self) else {
                throw APIError.notFound("no quiz \(paper.quiz.prefix(40)) on this server: send it first (recall grade --server does)")
            }
            guard quizClass == classId else { throw APIError.unprocessable("quiz \(paper.quiz) was printed for another class") }
            // Numbers are reserved (and the learner's row locked) before the check, so that two graders of the
            // same paper at once record it once.
            let base = try await reserve(reviews.count, learnerId: learnerId, learner: paper.student, since: 0, on: connection)
            let before = try await connection.query(
                "SELECT version, score, total, graded_at FROM graded_paper WHERE quiz_id = \(paper.quiz) AND learner_id = \(learnerId)",
                logger: logger
            ).collect()
            if let row = before.first {
                let (version, score, total, gradedAt) = try row.decode((String, Int, Int, Int64).self)
                return PaperResponse(
                    recorded: 0,
                    gradedBefore: WirePaper(
                        quiz: paper.quiz, student: paper.student, version: version, score: score, total: total, gradedAt: gradedAt,
                        reviews: []))
            }
            let appended = try await append(reviews, learnerId: learnerId, learner: paper.student, base: base, on: connection)
            try await connection.query(
                """
                INSERT INTO graded_paper (quiz_id, learner_id, version, score, total, graded_at)
                VALUES (\(paper.quiz), \(learnerId), \(paper.version), \(paper.score), \(paper.total), \(paper.gradedAt))
                """, logger: logger)
            return PaperResponse(recorded: appended.stored, gradedBefore: nil)
        }
    }
}
