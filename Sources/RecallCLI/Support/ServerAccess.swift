import Foundation
import ProgressStore
import SyncClient

/// The logins kept beside a progress file, and the clients made from them.
enum ServerAccess {
    /// The login file beside the progress file these options name.
    static func loginsPath(_ progress: ProgressFileOptions) -> String {
        SyncLogins.path(besideProgress: progress.progressPath.path)
    }

    static func logins(_ progress: ProgressFileOptions) throws(CLIError) -> SyncLogins {
        do {
            return try SyncLogins.load(from: loginsPath(progress))
        } catch {
            throw CLIError(error.description)
        }
    }

    /// A client for an account's server and token.
    static func client(_ account: SyncLogins.Account) throws(CLIError) -> ServerClient {
        guard let url = URL(string: account.server) else {
            throw CLIError("the login for \(account.name) names '\(account.server)', which is not an address: log in again")
        }
        return ServerClient(server: url, token: account.token)
    }

    /// The teacher's client, for `--server` commands.
    static func teacher(_ progress: ProgressFileOptions) throws(CLIError) -> ServerClient {
        guard let account = try logins(progress).teacher else {
            throw CLIError(
                "no teacher is logged in for \(progress.progressPath.path): run recall sync login URL TOKEN with the token "
                    + "recall-server teacher add printed (or drop --server to use the progress file)")
        }
        return try client(account)
    }

    /// A server's answer or failure as the CLI says it (a server out of reach is `unavailable`).
    static func call<T>(_ body: () throws(SyncError) -> T) throws(CLIError) -> T {
        do {
            return try body()
        } catch {
            throw CLIError(error.description, status: error.isUnreachable ? .unavailable : .failure)
        }
    }
}
