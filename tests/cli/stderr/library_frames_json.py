# An uncaught error of json.loads: python3 prints json's frames (loads, decode, raw_decode)
# between the program's line and the error.
import json

config = '{"name": "loopline", "workers": 4,}'
print(json.loads(config))
