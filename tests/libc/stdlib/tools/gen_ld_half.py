import random, sys
sys.set_int_max_str_digits(0)
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
def dec(num, k):  # num * 2^k exactly, as decimal string
    if k >= 0:
        s = str(num << k); return s[0] + "." + s[1:] + "e" + str(len(s) - 1)
    n = num * 5 ** (-k); s = str(n)  # value = n * 10^k
    return s[0] + "." + s[1:] + "e" + str(len(s) - 1 + k)
out = []
for i in range(int(sys.argv[1])):
    kind = random.random()
    if kind < 0.3:   # subnormal LD: m < 2^63, exponent -16445
        m = random.getrandbits(random.randint(1, 63)); e = -16445
    elif kind < 0.4: # float/double-ish boundary
        m = random.getrandbits(64) | 1 << 63; e = random.choice([-1074, -1126, -149, -200, -16445, 16320, 960, 64]) + random.randint(-3, 3)
    else:
        m = random.getrandbits(64) | 1 << 63; e = random.randint(-16445, 16320)
    num = 2 * m + 1; s = dec(num, e - 1)
    r = random.randint(0, 3)
    mant, ex = s.split("e")
    mant = mant.rstrip("0")
    if r == 1: mant += "0000001"
    elif r == 2:
        if mant[-1] not in "0.": mant = mant[:-1] + chr(ord(mant[-1]) - 1) + "999999"
    elif r == 3: mant = mant[:random.randint(3, max(3, len(mant)))]
    out.append(mant + "e" + ex)
print("\n".join(out))
