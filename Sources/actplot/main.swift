import ActplotCLI

Actplot.main()
