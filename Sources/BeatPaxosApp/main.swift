CommandLineEntry.run()
