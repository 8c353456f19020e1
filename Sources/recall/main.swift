import RecallCLI

Recall.main()
