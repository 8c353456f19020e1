import Foundation
import RecallCLI

// A closed pipe is reported as a write error (`recall: cannot write to standard output: Broken pipe`), not
// left to end the process silently.
signal(SIGPIPE, SIG_IGN)
Recall.run()
