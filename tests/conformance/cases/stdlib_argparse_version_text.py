# action='version' prints its text as help text: %(prog)s filled in, whitespace collapsed and wrapped
# at the help width unless the formatter keeps descriptions raw (before: '%(prog)s 1.2.3' as given).
import argparse
for fc, v in ((argparse.HelpFormatter, "%(prog)s 1.2.3"), (argparse.HelpFormatter, "tool   version\n  2.0  " + "x" * 30 + " yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy zzzzzzzzzz"), (argparse.RawDescriptionHelpFormatter, "%(prog)s  raw\n  kept"), (argparse.ArgumentDefaultsHelpFormatter, "v%(prog)s")):
    p = argparse.ArgumentParser(prog="tool", formatter_class=fc)
    p.add_argument("-V", "--version", action="version", version=v)
    try:
        p.parse_args(["-V"])
    except SystemExit as e:
        print("exit", e.code)
