# sys.stdin.readlines(hint) stops once the lines read add up to more than hint characters (a line
# that brings the total to exactly hint is not the last); hint <= 0 or None reads them all.
import sys

print(sys.stdin.readlines(2))
print(sys.stdin.readlines(3))
print(sys.stdin.readlines(0))
print(sys.stdin.readlines(None), sys.stdin.readlines())
