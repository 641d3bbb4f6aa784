# Caret lines count columns, not characters (traceback's _display_width): a CJK character or an
# emoji before or inside the failing part takes two columns, a character outside the BMP that is
# not wide (a mathematical letter) one, whatever its UTF-16 length.
import os
import traceback


def here(text):
    """The text with this file's base name, not its absolute path."""
    return text.replace(__file__, os.path.basename(__file__))


d = {"日本": 1}


def cjk_before():
    s = "日本語"; z = s + 1


def emoji_before():
    s = "🙂 ü"; z = s + 1


def narrow_astral_before():
    s = "𝑥𝑦"; z = s + 1


def cjk_inside():
    z = "日本" + 1


def cjk_subscript():
    v = 1; w = d["日本語"]


def cjk_call():
    v = 1; w = int("日本")


def cjk_lines():
    v = 1; w = int(
        "日本語"
    )


for case in [cjk_before, emoji_before, narrow_astral_before, cjk_inside, cjk_subscript, cjk_call, cjk_lines]:
    try:
        case()
    except Exception:
        print(here(traceback.format_exc()), end="")
