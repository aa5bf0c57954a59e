# For each CJK codec, writes what Python 3.11 decodes every byte sequence to,
# at Python's own segmentation: a lead byte that decodes alone is a 1-byte
# sequence; gb18030 takes 4 bytes when the second is a digit; euc_jp takes 3
# after 0x8F; otherwise 2. Lines: hex, then code points (comma-separated) or "-".
import sys, itertools
CODECS = ["gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "shift_jis", "cp932",
          "euc_jp", "euc_kr", "cp949"]
def outcome(seq, codec):
    try:
        return ",".join("%x" % ord(c) for c in seq.decode(codec))
    except UnicodeDecodeError:
        return "-"
for codec in CODECS:
    with open(f"/tmp/enc/cjk_{codec}.txt", "w") as out:
        for lead in range(0x80, 0x100):
            one = bytes([lead])
            if outcome(one, codec) != "-":
                out.write("%s\t%s\n" % (one.hex(), outcome(one, codec)))
                continue
            if codec == "euc_jp" and lead == 0x8F:
                seqs = (bytes([lead, a, b]) for a in range(0x100) for b in range(0x100))
            elif codec == "gb18030":
                seqs = itertools.chain(
                    (bytes([lead, t]) for t in range(0x100) if not 0x30 <= t <= 0x39),
                    (bytes([lead, a, b, c]) for a in range(0x30, 0x3A) for b in range(0x81, 0xFF) for c in range(0x30, 0x3A)))
            else:
                seqs = (bytes([lead, t]) for t in range(0x100))
            for s in seqs:
                out.write("%s\t%s\n" % (s.hex(), outcome(s, codec)))
