import FuzzSupport

runFuzzer(fuzzYAML)
