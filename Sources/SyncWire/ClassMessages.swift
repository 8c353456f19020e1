/// A class on the server as its teacher sees it.
public struct WireClass: Codable, Sendable, Hashable {
    public var name: String
    public var teacher: String
    /// The students' learner names, sorted.
    public var students: [String]
    /// The class's settings (`SettingKey` raw values to canonical values).
    public var settings: [String: String]

    public init(name: String, teacher: String, students: [String], settings: [String: String]) {
        self.name = name
        self.teacher = teacher
        self.students = students
        self.settings = settings
    }
}

/// `POST /v1/classes`.
public struct CreateClassRequest: Codable, Sendable, Hashable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

/// `POST /v1/classes/{class}/students` and `POST /v1/classes/{class}/tokens`: students by learner name.
public struct StudentsRequest: Codable, Sendable, Hashable {
    public var students: [String]

    public init(students: [String]) {
        self.students = students
    }
}

/// A student's new token: shown once, in this answer, and never again (the server keeps only its hash).
public struct StudentToken: Codable, Sendable, Hashable {
    public var student: String
    public var token: String

    public init(student: String, token: String) {
        self.student = student
        self.token = token
    }
}

/// What enrolling students did.
public struct EnrolmentResponse: Codable, Sendable, Hashable {
    /// Students put in the class, each with a new token.
    public var added: [StudentToken]
    /// Students who were in it already: no new token (issue one with `POST …/tokens`).
    public var alreadyMembers: [String]

    public init(added: [StudentToken], alreadyMembers: [String]) {
        self.added = added
        self.alreadyMembers = alreadyMembers
    }
}

/// `POST /v1/classes/{class}/revocations`: what revoking students' tokens did.
public struct RevocationResponse: Codable, Sendable, Hashable {
    /// Tokens that stopped working, over all the students named.
    public var revoked: Int

    public init(revoked: Int) {
        self.revoked = revoked
    }
}

/// `PUT /v1/classes/{class}/settings`: values to set; a null value removes the class's own value.
public struct SettingsRequest: Codable, Sendable, Hashable {
    public var settings: [String: String?]

    public init(settings: [String: String?]) {
        self.settings = settings
    }
}

/// A printed quiz's manifest (`POST /v1/classes/{class}/quizzes`), so that papers can be graded anywhere.
public struct WireQuiz: Codable, Sendable, Hashable {
    public var id: String
    public var deck: String
    public var title: String
    /// Microseconds since 1970 UTC.
    public var createdAt: Int64
    /// The manifest as `recall print` stored it (JSON text).
    public var manifest: String

    public init(id: String, deck: String, title: String, createdAt: Int64, manifest: String) {
        self.id = id
        self.deck = deck
        self.title = title
        self.createdAt = createdAt
        self.manifest = manifest
    }
}

/// One graded paper: the score and the answers, recorded into the student's log as `paper` reviews.
public struct WirePaper: Codable, Sendable, Hashable {
    public var quiz: String
    public var student: String
    public var version: String
    public var score: Int
    public var total: Int
    /// Microseconds since 1970 UTC.
    public var gradedAt: Int64
    /// The answers as reviews (source `paper`); ignored in what the server returns.
    public var reviews: [WireReview]

    public init(quiz: String, student: String, version: String, score: Int, total: Int, gradedAt: Int64, reviews: [WireReview]) {
        self.quiz = quiz
        self.student = student
        self.version = version
        self.score = score
        self.total = total
        self.gradedAt = gradedAt
        self.reviews = reviews
    }
}

/// What recording a paper did.
public struct PaperResponse: Codable, Sendable, Hashable {
    /// Reviews added to the student's log now.
    public var recorded: Int
    /// The paper as graded before, when it was: nothing was recorded again.
    public var gradedBefore: WirePaper?

    public init(recorded: Int, gradedBefore: WirePaper?) {
        self.recorded = recorded
        self.gradedBefore = gradedBefore
    }
}

/// `GET /v1/classes/{class}/snapshot`: everything a report on the class needs, read in one transaction.
public struct ClassSnapshot: Codable, Sendable, Hashable {
    public var schoolClass: WireClass
    /// Every review of the class's students, oldest first (paper grades among them, as `paper` reviews).
    public var reviews: [WireReview]

    public init(schoolClass: WireClass, reviews: [WireReview]) {
        self.schoolClass = schoolClass
        self.reviews = reviews
    }
}
