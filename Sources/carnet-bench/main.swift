print("carnet-bench: under construction")
