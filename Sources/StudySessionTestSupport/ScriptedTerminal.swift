import Foundation
import StudySession

/// A terminal for tests: a script of events to hand out, optional pauses that move a manual clock, and
/// everything written kept — raw, and applied to a `VirtualScreen` so tests can read the screen.
public final class ScriptedTerminal: Terminal {
    /// One step of the script.
    public enum Step: Hashable, Sendable {
        case event(TerminalEvent)
        /// Let time pass before the next event (the learner thinking).
        case wait(TimeInterval)
    }

    public let mode: TerminalMode
    public private(set) var size: TerminalSize
    private var steps: [Step]
    private let clock: ManualClock?
    /// Everything written, in order.
    public private(set) var output = ""
    /// The screen as a learner would see it now.
    public private(set) var screen: VirtualScreen
    /// The screen's text each time the session waited for input, in order.
    public private(set) var screensAtInput: [String] = []

    public init(
        mode: TerminalMode = .interactive, size: TerminalSize = TerminalSize(columns: 80, rows: 24), steps: [Step] = [],
        clock: ManualClock? = nil
    ) {
        self.mode = mode
        self.size = size
        self.steps = steps
        self.clock = clock
        screen = VirtualScreen(size: size)
    }

    /// Keys typed one after another: each character of `text` as a key.
    public static func keys(_ text: String) -> [Step] {
        text.map { .event(.key(.character($0))) }
    }

    /// Appends steps to the script.
    public func append(_ more: [Step]) {
        steps += more
    }

    /// The script steps not yet used.
    public var remainingSteps: Int { steps.count }

    /// Asked for more steps when the script runs out (with the terminal, to read what was written);
    /// returning none ends the input.
    public var respond: ((ScriptedTerminal) -> [Step])?

    public func nextEvent() -> TerminalEvent {
        screensAtInput.append(mode == .interactive ? screen.text : output)
        if steps.isEmpty, let respond { steps = respond(self) }
        while !steps.isEmpty {
            let step = steps.removeFirst()
            switch step {
            case .wait(let seconds):
                clock?.advance(by: seconds)
            case .event(let event):
                if case .resize(let newSize) = event {
                    size = newSize
                    screen.resize(to: newSize)
                }
                return event
            }
        }
        return .end
    }

    public func write(_ text: String) {
        output += text
        screen.apply(text)
    }

    public func begin() {
        if mode == .interactive { write(ScreenControl.enter) }
    }

    public func end() {
        if mode == .interactive, screen.alternate { write(ScreenControl.leave) }
    }
}
