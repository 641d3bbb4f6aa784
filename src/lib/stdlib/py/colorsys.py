# `colorsys`: a colour given as red, green and blue fractions in [0, 1], converted to and from three
# other models: YIQ (NTSC television, with the FCC's coefficients), HLS and HSV (the hexcone models).
# Results must be CPython's to the last bit, so each formula performs CPython's floating-point
# operations in CPython's order (a sum or product regrouped would round differently); inputs keep
# their type where CPython returns one unchanged (an int value of a grey, `v` of a zero saturation).

__all__ = ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb', 'rgb_to_hsv', 'hsv_to_rgb']

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    luma = 0.3 * r + 0.59 * g + 0.11 * b
    red_diff = r - luma
    blue_diff = b - luma
    return (luma, 0.74 * red_diff - 0.27 * blue_diff, 0.48 * red_diff + 0.41 * blue_diff)


def _unit(x):
    # Into [0, 1]; a NaN passes through (it compares false both ways).
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def yiq_to_rgb(y, i, q):
    # The inverse of rgb_to_yiq's matrix, its entries rounded to doubles once.
    red = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    green = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    blue = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_unit(red), _unit(green), _unit(blue))


def _hue(r, g, b, top, spread):
    # The hue as a fraction of the circle: which channel is largest picks the sextant pair, the
    # other two's distances from the top (relative to the spread) place it within.
    if r == top:
        sector = (top - b) / spread - (top - g) / spread
    elif g == top:
        sector = 2.0 + (top - r) / spread - (top - b) / spread
    else:
        sector = 4.0 + (top - g) / spread - (top - r) / spread
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    total = top + bottom
    lightness = total / 2.0
    if bottom == top:
        return 0.0, lightness, 0.0
    spread = top - bottom
    # The lighter half divides by 2 - top - bottom, not by 2 - total: the two round differently.
    saturation = spread / total if lightness <= 0.5 else spread / (2.0 - top - bottom)
    return _hue(r, g, b, top, spread), lightness, saturation


def _channel(low, high, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_channel(low, high, h + ONE_THIRD), _channel(low, high, h), _channel(low, high, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    if bottom == top:
        return 0.0, 0.0, top
    spread = top - bottom
    saturation = spread / top
    return _hue(r, g, b, top, spread), saturation, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    scaled = h * 6.0
    sextant = int(scaled)  # truncated toward zero, so a negative hue lands a sextant off
    frac = scaled - sextant
    low = v * (1.0 - s)
    falling = v * (1.0 - s * frac)
    rising = v * (1.0 - s * (1.0 - frac))
    corners = ((v, rising, low), (falling, v, low), (low, v, rising),
               (low, falling, v), (rising, low, v), (v, low, falling))
    return corners[sextant % 6]
