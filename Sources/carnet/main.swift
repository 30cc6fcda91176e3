print("carnet: under construction")
