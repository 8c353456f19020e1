import RecallCLI

Recall.run()
