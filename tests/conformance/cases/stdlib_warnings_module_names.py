# Where warnings' functions and classes say they live: warnings on 3.11-3.13; 3.14's _py_warnings, with warn and warn_explicit from the C _warnings.
import warnings
for n in ['warn', 'warn_explicit', 'formatwarning', 'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings', 'WarningMessage']:
    print(n, getattr(warnings, n).__module__)
print(warnings.catch_warnings, warnings.WarningMessage)
print(getattr(warnings, 'deprecated', None))
