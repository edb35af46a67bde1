import FuzzSupport

runFuzzer(fuzzExpression)
