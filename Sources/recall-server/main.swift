import ArgumentParser
import RecallServer

// Parsed and run by hand: from top-level code ArgumentParser's synchronous `main()` is chosen, and it refuses
// an asynchronous root command.
do {
    var command = try ServerCommand.parseAsRoot()
    if let asynchronous = command as? any AsynchronousCommand {
        try await asynchronous.execute()
    } else {
        try command.run()
    }
} catch {
    ServerCommand.exit(withError: error)
}
