"""Value and key-name heuristics for generic (keyword = value) candidates. Pure functions, no I/O.

What lives here: the word lists and predicates that say whether a value looks like a real credential
rather than a placeholder, a template or environment reference, a variable or expression, a type
name, a path, a URL, a hash of a known non-secret kind, a word or an identifier; and how a key name
splits into words and which credential family (password, secret, token, key, auth, credential) it
names. :mod:`tether.scan.filters` combines them into reasons. Nothing here knows about files on
disk or prints; no function returns or embeds the value it inspects in its result.

The ideas follow the documented heuristics of other scanners (detect-secrets' filters, gitleaks'
generic rule and stop-words, CredSweeper's value checks, Kingfisher's pattern requirements,
Betterleaks' token efficiency): natural language and identifiers are made of a few long,
pronounceable pieces; generated credentials are made of many short, unpronounceable ones.
"""

from __future__ import annotations

import base64
import hashlib
import math
import random
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from tether.scan.lazyre import LazyPattern, lazy

__all__ = [
    "CODE_EXTENSIONS",
    "FAMILY_ORDER",
    "alphabet_size",
    "char_classes",
    "credential_families",
    "english_score",
    "families_of_segment",
    "is_comment_line",
    "is_dictionary_word",
    "is_glued_words",
    "is_placeholder",
    "key_families",
    "key_segments",
    "key_words",
    "looks_random",
    "random_entropy_floor",
    "shannon_entropy",
    "split_words",
    "word_fraction",
]

# ----------------------------------------------------------------------------- entropy / words


def shannon_entropy(value: str) -> float:
    """Shannon entropy of ``value`` in bits per character."""
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_CAMEL_RE = lazy(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_VOWELS = frozenset("aeiouy")
# regular camelCase / PascalCase / snake_case made of letter pieces of 3+ (getUserName, max_retries)
_IDENTIFIER_RE = lazy(r"^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{2,}|_[a-z]{3,})+$")


def split_words(text: str) -> list[str]:
    """Split an identifier or value into lower-case pieces at separators, case and digit changes."""
    return [p.lower() for p in _CAMEL_RE.findall(text)]


def key_segments(key: str) -> list[str]:
    """The words of a key name: ``DB_PASSWORD`` / ``dbPassword`` / ``db.password`` -> db, password."""
    return list(key_words(key))


@lru_cache(maxsize=4096)
def key_words(key: str) -> tuple[str, ...]:
    """:func:`key_segments` as a tuple, memoised: the scanner asks about the same key names often."""
    return tuple(s for s in split_words(key) if not s.isdigit())


# Letter-pair log-odds against uniform letters, log2(676 * P(pair)) rounded to whole bits and clipped
# to -9..+9, stored as one letter per pair ("a" = -9, "j" = 0, "s" = +9), rows "a".."z" then columns.
# Counted once over the lower-case letter runs (identifiers, comments, docstrings) of the Python 3.11
# standard library's top-level modules, add-one smoothed: English-like text, no secrets data.
_PAIR_TABLE = (
    "ckllehjekdimlmbkcmlmjihiidjehgjbddijbjeeigaiifjbaaidlbhfleckjakkhfmfejhljeeaga"
    "kgfjmfdaleciegjfdijhjecehalhlljlifhdhnkmikinmmgjiljekcffjjeclaajffledkihjbcaga"
    "hdedldghjaaifiheaikgjfcabekcdemdbbkacfffkbaighhaaafbjjkjjjjafbgllnljeklldjaiaj"
    "fabajaaadacaaahbacbagaaabagbdfkdfbhaahbgefbeidfbhabalhgjmmedlaekdhlhagkkkffbjd"
    "ljehmdbbjaehifklaejgibcafalflmmjlfjciifimhdflmjidchcikklhiicibijkmjkamklkijgdf"
    "leghlfdgjafkefkjdlhkiegaiaaaacaaaabaabadaaaedajaaaaalgjjnhkdlcihjllhakkljhhcka"
    "jejgnghjldhihhjkeglmkehdjaleiimhdnmcdihgkiblkjlehfkfhiihkihaiabkklgjalkkebadbb"
    "kbcalcbdiaabfegdacbbacdbaajcdgieajkaagbhicdjhdbcfdaahdjdhfaciaafdaeiadfkbbbdeb"
    "dfffhfechaafghgkaejjbdgabceabajaaahaaeddfaacbbaaaaca"
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def english_score(word: str) -> float:
    """Mean log-odds (bits) of the letter pairs of ``word`` under English-like text vs random letters.

    Words and identifier pieces mostly score above -0.5; uniformly random letters mostly below
    (on held-out words: 82-98 % of words of 4-10 letters pass, 3-15 % of random strings do).
    """
    w = word.lower()
    scores = [
        ord(_PAIR_TABLE[_LETTERS.index(a) * 26 + _LETTERS.index(b)]) - ord("a") - 9
        for a, b in pairwise(w)
        if a in _LETTERS and b in _LETTERS
    ]
    return sum(scores) / len(scores) if scores else -9.0


def _pronounceable(word: str) -> bool:
    """A letters-only piece that reads like a word or a syllable run (not a random letter string)."""
    if len(word) < 3:
        return False
    vowels = sum(1 for c in word if c in _VOWELS)
    ratio = vowels / len(word)
    if not 0.2 <= ratio <= 0.7:
        return False
    run = 0
    for c in word:
        run = 0 if c in _VOWELS else run + 1
        if run >= 5:
            return False
    # letter pairs say little about pieces of three letters (max, Key): trust the vowels there
    return len(word) <= 3 or english_score(word) >= -0.5


def word_fraction(value: str) -> float:
    """Share of the characters of ``value`` that belong to pronounceable pieces of 3+ letters.

    Identifiers and prose (``getUserName``, ``my-app-token``) score near 1; generated keys score near
    0 because case and digit changes cut them into short, unpronounceable pieces.
    """
    if not value:
        return 0.0
    # split camelCase only where it is regular: all-lower or Capitalised pieces
    pieces = _CAMEL_RE.findall(value)
    covered = 0
    for piece in pieces:
        if piece.isalpha() and (piece.islower() or piece.isupper() or piece.istitle()):
            if _pronounceable(piece.lower()):
                covered += len(piece)
    return covered / len(value)


_HEX_RE = lazy(r"^(?:[0-9a-f]+|[0-9A-F]+)$")
_NOT_ALNUM_RUN_RE = lazy(r"[^A-Za-z0-9]+")
_NOT_LOWER_ALNUM_RE = lazy(r"[^a-z0-9]")
_NOT_LOWER_RE = lazy(r"[^a-z]")
_B64_EXTRA = frozenset("+/=_-")
# a generated credential carries at least as many bits as the shortest value accepted with mixed
# classes (8 characters of a 36-symbol alphabet: 41 bits); single-class values must reach it too
_MIN_BITS = 8 * math.log2(36)


def alphabet_size(value: str) -> int:
    """Size of the smallest common alphabet ``value`` is drawn from (digits 10, hex 16, one-case
    letters 26, one-case alphanumerics 36, mixed alphanumerics 62, base64 64, printable 94)."""
    if value.isdigit():
        return 10
    if _HEX_RE.match(value) and any(c.isdigit() for c in value):
        return 16
    lower, upper = any(c.islower() for c in value), any(c.isupper() for c in value)
    digit = any(c.isdigit() for c in value)
    other = {c for c in value if not c.isalnum()}
    if not other:
        if lower and upper:
            return 62
        return 36 if digit else 26
    return 64 if other <= _B64_EXTRA else 94


@lru_cache(maxsize=4096)
def random_entropy_floor(n: int, alphabet: int) -> float:
    """The 5th percentile of the Shannon entropy of uniformly random strings of ``n`` symbols drawn
    from an alphabet of ``alphabet`` symbols: 95 % of generated values of that shape score above it.

    Computed by a fixed-seed simulation (deterministic, no data): short strings repeat symbols by
    chance, so their entropy sits well below log2(alphabet) (16 random hex digits: about 2.85).
    The common shapes come from a table of that simulation's results (:mod:`entropy_table`).
    """
    from tether.scan.entropy_table import FLOORS, MAX_N

    row = FLOORS.get(alphabet)
    if row is not None and 1 <= n <= MAX_N:
        return row[n - 1]
    rng = random.Random(n * 131 + alphabet)
    draw = rng.randrange
    samples = sorted(
        _counts_entropy(Counter([draw(alphabet) for _ in range(n)]), n) for _ in range(400)
    )
    return samples[20]


def _counts_entropy(counts: Counter[int], n: int) -> float:
    """:func:`shannon_entropy` of a string with these symbol counts (same order, same float)."""
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def char_classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters ``value`` holds."""
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )


def looks_random(value: str, min_length: int = 8) -> bool:
    """Whether ``value`` looks machine-generated (a key or token) rather than a word or identifier."""
    n = len(value)
    if n < min_length:
        return False
    alphabet = alphabet_size(value)
    # too few bits to be a generated credential (all-digit strings need 13+, one-case letters 9+)
    if n * math.log2(alphabet) < _MIN_BITS:
        return False
    classes = char_classes(value)
    entropy = shannon_entropy(value)
    # a uniformly random string reaches close to log2(n) bits per symbol for small n and close to
    # log2(alphabet) for large n; demand what 95 % of random strings of this length and alphabet
    # reach, capped at 3.0 bits (long hex keys sit near 3.7-4)
    if entropy < 3.0 and entropy < random_entropy_floor(n, alphabet):  # the floor is costly: last
        return False
    if classes < 2 and (n < 12 or (value.isdigit() and n < 16)):
        # one character class: digits need 16+ (53 bits), letters 12+ (56 bits), and the
        # pronounceable-piece test below keeps words and glued words (``keyboardcat``) out
        return False
    if word_fraction(value) >= 0.6 or _IDENTIFIER_RE.match(value):
        return False
    # words glued with separators: my_app_token, X-Auth-Token, db.internal.name
    pieces = [p for p in _NOT_ALNUM_RUN_RE.split(value) if p]
    return not (
        len(pieces) >= 2 and all(p.isalpha() or (p.isdigit() and len(p) <= 4) for p in pieces)
    )


# ----------------------------------------------------------------------------- dictionary words

# A Bloom filter (1 % false positives) over the 10,090 lower-case words of 3-14 letters that occur
# at least three times in the Python 3.11 standard library's own modules (comments, docstrings and
# identifier pieces; tests and site-packages left out): English and programming vocabulary, no
# secrets data. Bits 96712, hashes 7, positions by double hashing of a 16-byte BLAKE2b digest.
# It tells a word (``hidden``, ``world``, ``welcome``) from a pronounceable string that is none
# (``velkor``): :func:`word_fraction` says only that a string *could* be a word. The script that
# rebuilds it is in docs/scan-accuracy.md ("Rerun").
_WORD_FILTER_BITS = 96712
_WORD_FILTER_HASHES = 7
_WORD_FILTER_B85 = (
    "@=#&3-MlCMW%<^*oFA|!U#ydT=4xMqTfdY}m6>+1N6oD)woYAchtti&QsU>{K4H1N=<41IjM^J-!I7xlI))h&YS;T~1_JERG"
    "{Y`A+M<113V3tN7>~-hVh0$j+m51#(ZjEC-9$wLZfD>%|Jz!0vW7jTP=IAs|4XL#KfKg&HhahzHIGOox$z8&`RaC5@3K4X=`"
    "Kkw1mZTkld|9(=Zw<l1a5M~-kCO=&%iCPbI<9o)2=yIf>PH>T}s=B&(ii9yzkjt<&v=Ri9|WZj0IMgB_t26b%W^^y0nx~oge"
    "uS6_bM_ZOkO8sOQ|1Mud|yu|2nP=fIV4)n6mAVRlHJ*x}Pme=E|pKck#wCzw7w!<YGfTwLyq1S0I&iVhv(idmV?7`di1#vDe"
    "vQou!jLy{brz;>g1Feqd;D2{tI*pB;(YA!UN@9s_;Y9{^_xe|}=x8^9#;U$UlVjS_sRl_Q^lHdkelIGdiu(uWV{CE6abTn6S"
    "X?`ojR<%gM%~V+prd;c(EWhglFOjrnPORza$#Xlhd{%ScQ<}N<Mt4!s6RE1O!u*Vf(etMDpBi-GR!Pb39Z9KkxmwY4;!%SEm"
    "$UdXL6bje1@^LkzS+!wazbr0VqS}jb_+qqg;jMrI#4(#huhzdmipz-ZZ)ra{5b36vRTnJ62{OqwBxj^?a1t`IZ(xX(5;Y_!<"
    "796*G2vXiZ<m}QvKQRuW*K9HMzL@F_BvQO$X1)I*uonRirIn-itX_-{6`In84fu=YyR!6|AP(XwdCNc?&+rX8#*B1rgPtyvI"
    "drNAPFHfGI_dkjr3Z@IaHoWD6j<R52q7IvkpZ#pc>agTQceuQ#{G>N?l8G+(N8VfjI>DbCpIGuqL%j}nweU%I_Pgf^Ll@73<"
    "BfYsSG(ms*dO}dWV7un~IV~zGaqZ1uLUo)D}P%13#*R3&;Q8zj}lPY;7#c3o<IF-9kUkp?pw3KW*@D;85@>>%nZ>?2pxv$=b"
    "#)YzCDx&Tce|s-FC0}<NrpCE9<^t2y=LIg*V$bi(5_(9HCJj}QuE+Zb;>DNcj!oCyO3Av5hO0m$PV@2im??Lm<L-jnC%M~P`"
    "bW6TDNB2a@tXL#Zl@lqS@i-DeWHyCS5J|jMPZ@E(}{!erltGC@cgw>z$xJg(;LmAXTEO(c;h3yGrjDOb!lH}k%$$0joCzkSY"
    "O+T>qmbY-_wTHT<6d6vkn31Xj&n*@-Fagl4*VNnYsMGB9{2*g#Nh$F=RcRp1j<DcTCoD%7`sBnNS~+*bEC)JlR?{e17;}%~b"
    "ZjUccco?(-mrNm6eJY#!F53zL}{%1H))SoR){w}QV}dgVQ=pN4o>g{tyq4z_#?<|(GQ<O$d?nykPAa**pMGcao`ohdE;K<5s"
    "EXBSY6dQ8e7HzHkYJ1(3_t?SHT2eY9Kb;^tMCtSle>PXJ~MpJN#?9mx_>|dF!#NI~-t=4V<UQ@`|N88uuNa3&vzs*bkw<J3z"
    "+-2gPt+u*rqTeOBYLO{jHhr)qCF#%bV50rmtNHQN_+OnqULCt`{<M@20$q!rx_>*$Z6~FF>b0y9d&80imZNZt<}RmmMv@cZ*"
    "Sj-LrWf`V&F%-Kz_$J#g9@i8s1#IT5Bd-37V>j2cgtE}lsPem`hG_#QJX?Lx#k(D$$iBffM*Zsi)*A4u5S}#eiNn+vyI|)DS"
    "D5p+jxfVbh_mjYlicy%frSa$=b`{EF&qOc6<`_Swzv>k<bxB*-@O$ib$?05=CvzsUZTsd%S*DTI4p}!qqOq-atlLY`u}yp&9"
    ">V0}+^nGj6t->dOBUpXIY0@-;>C<W+~k?^D<m`#jE{xH}~;<Rv=VG^Qoq;Qa9r{ut8_Mll7Kf=iZEpOF|rW1%R=Ef8mTa?t}"
    "<^*uAGCwM{UZ>Xxk%e;LzjrB#QR1C36k`f$0Iq)0v_`}JhCeA%lOG9Jdb{$CZUT-Vr)EQg7bsFn`bX=ET{h9Dx>NXh?cy~Y<"
    "_$p|_adOZTIwoG8!)kFT51K~v*=?1oZ$&qVl2i#0j^Y0;rV*7*Of}2R`Sok0$#ES2AKB#@N}Z!qmqtc}I)D1@U@&W_)kdfHG"
    "W9=yFwiij+Xe1MjCg<i-00<wXN<qp)n~HZxZP}Rx$Z}VQ#%3Vis85hJZ&o6hUpjN1V;@WiNYdQw?siRY3!b#M?_755A`0STJ"
    "Z}xdL@OOYogN0kd%9GUu~|DS#x87c)qK5B8uqpu?3j&yW=?@>6CG3EGs@Y6>*#(1j9RW(xB(bzpCF7uF1pyXf?0bwS+U<tqS"
    "}4_k|UE<MeU%@+bWH!v7OlX!f4M&ZnL8${_MZU1^}NARE8kxIR?Y>5O||-JRKa+-qtZ*Sm`>Xqw>~3TY2Vd{9>6U%vq&PDvj"
    "e7mH#~KCe$fQDsVX{$Ym+K3SFO1ebVkVYO~f7XY7frSHp2n7~~RYVyP7E)Bi9<2EbHbDr@;PxZ>D!QOF8O78$We9j#2-RaM+"
    "v#1;pCy$YFWifhZiC7ExL4tCnCO|r=9zz0sdQA;5lw7@auhwcUs}9Y;KS7>p5)W78-=Th&y@b8?@O)w5yie`8`ihagzde5Qi"
    "$|wY=1U-}Gy#~_CA|YbEIR|vEQZ%EvB43lO^x|W4Jm>abRIwxd@yy6D^F`^K_fe^0SqL*4DYBc{Uq*9l(6yV8Ek;F_3k|vE*"
    "ErUZw;FNabE*DP2PQ@tmc>Dgz)1@Rzm7QJ*T+Dj!K2@v9>h9n=6^^lcIC|);G785vAcm->qFj)!OcMecl7gj?U0?^jy%Davq"
    "<;!S0_SyI)HA>#mvhM^ao3<;F;+<gGeUJZQuFj?khQRM()6)$G-mO&kqT{|wWV`&mIE9~LkZG->9fKvl-ov-A{}T9@K>!~RN"
    "2rLrfjphb-1@32uR=36VX^Mr+JYKCTRo3ZPE90>l_i<w4!^zd<Vdz;H}O(5<8xu6@a6Nn?Qfa$exJAzl;;ugPiDUOP#g~82@"
    "88+4L<sp8hsqHm<)z`gVf2Dt(wZC;z<M5sFZqN0A5#C^tfpa0Kbsrk2no#kprNUmOM<aJc*i8U}=A^7skM$D3eTclH3qTfDU"
    "svBPAqPl72G`HXIE|{Df%Z^cUJGY|nA)0@*8!H$>ogYqWt~OIagD#=B_~*DjeHNd&vxrVkm6=SRhBo!xy1(x5`{_4vD0Gvof"
    "2mpq#kKj;g~R4i}YdnB8B^&pllE0d+6=)r>NV~PcTrdtk-u2>?fm|QzFh=>BB?boD*VC!RrykSk<b87z{pX>1@^1?#{|)mpi"
    "73Gdbt1G_yV96a=16@!g*plaej^oP`-tCMA>Ugcnp_lN^sD0QUhPNo%Xt^w_-U+xXdvQkMUemw9FbL4EoAOlPk^xI9rF)~r("
    "ug#Z%-cAC|pPO$#NyCSu5^(!mszNwysvpLFvZc`(1XMDw=$|yVI6;%O!=mIq#=bIEZ&SOIbd^)#jdxnE(+I5ubHHgpHT|0H>"
    "4S5WdA#X98jJ;720i;*<{<<o~;U*q~lvV%X_CQUJguWT<T+Z*LNv1h%o6Mg#W~FsP_AQ?U6Z#F5#=XPlIXr^Z?`{jfKv-rY1"
    "xz4v;d>B?vlS<_z7SnxSlgpqV0_Mp%F!4_Jn@72FH9~D;7sH0A+30&hwp6HpZEIGt{E-%wlu8_12-Ee)+y#`xj*P86|yfcY?"
    "tNH%A(@`Nc-AxNBv^+mYD3%R`~{V#A|o!)f#sedm8jFsD1-tcNSeUoF;7*YwwXeJ2TXil0KL$bde``x`~VKTF#Vp>;UQ0-oK"
    "fPTHLjg0`Qap+Kr)XCY8DM^sw`js~|apx##8nYG+Jui`Gdl(}I?^YJSjJw|6z<%1Y1_dCvZAIoWH;`;@x@t?+T@7Q${iFO`o"
    "DIbvZeVI8Ou`rCbBx8(V--@FG8_{*P_4*}?qb3l;zY%^E45+(XD16>5BYLM}o1>a2PL!r{1N@s8_XFcw(xK4Sz@DwWiHk84A"
    "LMb`UymeNhSvxfJm0IQyzSHr2Le&gNUu-KD2imFG%<R;@OIpuM7~*$qmoR%a-$z#UwmQQw6kp-8&gDEX)E<yX(a!E1Ni^Hjy"
    "A|$WcKpz~)@NrXI6tVCA47yIAaO^qg#=`_Nk}M?+&Ltc$C+T@0V@R-Opl6@cMe!7Syzv9fNlutWe~8JhyZYN0if=<5zV&>OD"
    "|ic@Owv@_i9Ynz`A1%eJd`OU-5}~QvW}%C1_Qawh;cRj_eC+sk<3UDG;w2)V9sV>)R7(#Ji+;4JeOA8hp0<WZX&>=9V9oQl>"
    "spucP@hH}-qN8iS~ycE>4kD35_PzxahzV5dGON`6mbvr?PEa5ci2PjZ#VKE#!$LMnXsACD6wkG#L~A^?M#yp*XgNEx+vl>?5"
    "^?^yuQ+M0A9Jne0Rm-F(cXeR0^UWP9o>+JSYr|MNU8O856CtNq?jpF`0%bvc&gHPRWr{`~%Ad00rep?5&;Zq=V%zQPjOwQXl"
    "l}D&%cC~3MS^whds!vnKua`a>Pr}jBiV<zldg(&$t!VB=9F@01x=h1Uu;!8vg<>vVi*lp>{)-+a7@Xc1n5)%7L0{nIMu$375"
    "#&U#9K(P9=ojBvL2{TkG3?ri8t&8m*-2}6_92V#xZTpbBh&SNKtU6!%9<VllYVnQ?f^1_I@!y&7geAL-)!=UtT-JC$TYQ@5a"
    "^D0CsX*&RD|%GPQYrAZ|E3m8hSn&S@<h>4DgfW86U||fv9gR?Vp*Y&m<6AIsdM?;?Zj!Cjh!wB}Y$#zXd!4Rs|Z950oZB%ID"
    "{6I<J`gp>g6whZVH||0CS}lVV*Z|Ghq<%ea1ht1RX=<|83Jl^V0Wg;_7v^xsvm;3u({i{ZKknhG-S8Aqnj?OJ&f|9mFB)e}Y"
    "<2pN?yG>q_bGJ5Rayq;_{B(!dWqsi50a{FLcZ#d>Q!22h!Ra&-f#r4rG#N>Z<Xkr+nFqpxjtBWMeQTeU<pBRnS3`1Si7Vp|`"
    "syY@c-8p=+#<Y&&#j58*8kWRBnnoivuY2ui^$7m8ftIY9k>2=oHdzH>f1*z?5-jDb#<uPhq=Is5eQ<B94ou_s8a=d~Pf?Jun"
    "ocTw&4W}VL3apY@*4P&>DUvMJ^mV?WjyQo-RmQHeqhI*x2VXt!ee}V-*j5i@M1GfTrm5vLO8wtm3TZ46~+Q+><S*66+s6>K_"
    "lN6`0K7l+|RmX{abExX}SBoqQ$uOPe8LoN=`L-uuPRlp=Ds*JJJTm^G@IY0nDg`5t|d@Z#b+Qlk-?Ftv)R?RHfGV3INbViTt"
    "+(8=)ZZZ5R~8?$?f+m<_$S1rvWsg|rU;6)K4|T)@48O?!&;b+rd#AlT;Dro1kWg2%e&cik?_M%Pl(Dn{4aA6?w7Osw|+UeI&"
    "(9#1C6;rWjX&MRx$`;JazVHn>;h8yK<`&Q%BaliE7TFioRx?s*F+~QjuOl`(OIc0=>WXa>1zx69Nv$Q9!Vles9qLs}P8<%jH"
    "n)C=_!QD#sgnlHM1)ko??Kc}|>cgSh8tp&c+^b%81vyJ0SN4<9%zo}F+(iC=^_tr%s8>9n^J;b!LICufeG*WXEIc6%+@9n^P"
    "n-GJuLJ_?F+*Z67obC-tgCbB7~A*yIx~Vr!u5cd(yuwOk=Ly?-V9X<Hje2@{@7aaQnIAM<Ai_v^Xm|?UZVs78xQ5vSzXU0$_"
    "QdbpMW1-jQT{Nwe(`@l7Fl00_K{JJ`Jn(7?R2F#CzIFH>Zg^?ZW*T|Gjc=1Jc*N8I@ria<u5My=#nlxk~6W^;Z0R^zFNZf(h"
    "y~SXx~DBTKJg@uD1GoS4`1+-WgHxb2gT0>o^O&NlD>)bTMhp*kyzQpF49J&osJ>qt5F6QE14?}iCz9w!h!r8f(kUUkXyiQM-"
    "e+xo_4eG`T|8Y4xzaMA;^TxJ;?o$+pt>_!IcSG&=3HA?=Dtz4lIVBJf9E%13UZ=d>uG8|tk@3T8OHOl+>dOL+HMX~G>b~(+N"
    "q?f=t$b&8F3p>OFM*<<Rbg!$0C_L$vT}JDFl(Qi0sqnPEC*;8{7HUk6w2j?YN@Bp}!~lzf)s8f-b^fCvD|<Biz8R6|bV{UYE"
    "(}B5Ow8$lpQ2p9BS4hZxz10YfJx8@8)*Dp+EsZp)%)uQY{08UYIN>~ZY2;hGkF|y$@!3q(#oY*Z4<ikU5WHBs|43>?z+rV43"
    "&-FjA7uz>doHzkZl50?XhM{PZdc*mC|7U$oHY7(_*`{GT1-t4~YE$d*!lm>R5D^6&jx}q9;{vO;73~bBCuZ)=k@aQtUXYhQO"
    "|&B?ax+zUd;~IjfP82cPaK-x7uAcukkuY*2D{oW94~y=axfiQtu*N#T;Tf?4{cITN{+-SCHW)dZI@PVMwB{J^)wwa@Kpgz%e"
    "83*RMhbYSJHKQAM67ThZP=?wUm8l0ba6&L)MgsfI&h_)-A@=o$PGFe&n3=ffVqE5aloLV2sy7?WPZ$@GS>gT`6jUo5F<1}wF"
    "D>m5aY*cUmuvzxU8Ss(b|Exm=7<EY|rQO?Vb@(OFrdm&=MUVtE5@<6BcX&TIbK{3yW^1bR)K|#JEesn!CaNU(BYWG6SDGA=H"
    "JFg#C&9E{C+KDgkGEQE5N~3x8Hgq2sVmYnivu%WQEk1as+!4#5W;jWmju0DJV8ah|0^{W6D<lQ)8z724+WncpePa0?WMu;!g"
    "{aGo2n-hi#1^ncEv%#(E>a@DVno>z`vh+XI!NIZsi*HR!uCut-L2Gt<!JLl!K=WWcC~^X$@q-(x#AEs@!sAcpuuVRPHr7akI"
    "odE4t{Z!1$MGah@7>hXOucFrBoXXC9#o(GF0T!v1TBS%*-0J4f?)J#^}mW9FN@tjLAeJ9fk0d7etxX<mCmcVaVWx3fw=Uh^e"
    "_JR`!opiv{WbfLLbcF=v=)N`IN7LKoVdv8mMTt-l$M_8#Itr@9i58qx9f(8s&fp_bDX=tamyWB=H*a*Mm;&<IRAB^aLTZZvt"
    "j^pg?e-G!UeCT^yv>gvd7V8SRL2o9Kjole0oYJw+(w<B}DC~Z4Iv>l0ILB)Z2IPt@j#rt1q4I#BkO}cl#R<rKv%t<HE}2rPM"
    "IScIX)v3kH@q8R)~*Tqn4gB-ic}rs?H68(@22?>c_ZXY89ex0y~iW^Qy*={IVUf1=RaHv-~R&6QOyW%a6{*YeFr36?n3L-_E"
    "G^wAoU4+6S;0_m8P^F4;r0~8zWuidPib_+G;a?tFUHPKipK#r^8FsJwW6$G-FT{qx7!;Csf*^)QMk&s|w1n-dAVlJxj^YT5%"
    "6}KmT3PXWDog3BbJhZ5o|6^ceAO>=Hap(*isnZ%OSG*xpg8ln4wvKCcG6;oTGv^)E;uQ2TT2)f~O?A=<y@Ko93{OuiOfpoUM"
    "9`1<Ej4eT6LDTvC#W4Y-}hTi_mH9O^AJ0;hW4(SJ#zk7P2ZU4>Frt|uGFJ{d7!N4SPxOXa5@T<J`-p^>y=`VQiF>U*5Eooeb"
    "RF2?YE1ea#QZRG!!aUA!`RRLqO%np(&{~%6$<02UkT-^L8maEsu1_U)9LN7{TmETy)lSv0U=u%|hy1<%XNxvjc-fW)##VGie"
    "hKoAS&&u#eQ6almHBwwhWj<y#LMb;Rh>Sx+kpl2_9K$oCc=-&_^B$zv(h@&T@*wYYxLod5JV#JeS3*ABu7F%v<3&AE7+bv?c"
    "tvP-G-k~kiaZH?n>Qmy!cx>1YVeLO!TI~cnj4TAQ)S`)ml`EJRQn{p(qPnxxqfP^iWFg1_oz}b<fq|O&vTQ@%WDO3%}4@wP@"
    "|JYfb$XG!$Or5i4W4U_-*TE0fwgYwB;`aM;@nlbG^tq&~DH1d+}1q*dIL-JTcu$&{TLf7-91z&ITGHsO%FIX%F#X4Y0IR^7P"
    "~JiXku0=ogN|L71~cXUJI4L;apM9{AizJ^4kvRr*T_=VeG=iSG74sWc!5Y@4Nsjk<hU@qzN`}8TVL32DzE895Y=!sGgrV2b4"
    "jqE$Bm0V+p850WZYvkYl5Tw(Y3P=W`tqYv~^?WA!&b3;X<Sp%xqgt$6cUo`Iv~C(56E)PMt!&zE2b5*$1CNNsGN8&W!aHcpq"
    "|wWJb_pIGaAKiifaH7!_T}2az6zO_9nvLaU`$KRG?1m(DxcW0=ct_?6cL66Ey_drpnzM3b%tv%$_FoY&sj?5IUt5G7p+W##4"
    "iN9kRhi8TTMR}YY(Zx-M%(uI46%GE$??Bp_9P+cpZcTB<25r94U^K)Z?lb*QcV{+2A;s`-jRJ`P^CDtf>37*58C)<?)A*?n3"
    "bp1?bbLe|pcY=H#nF&hhW<@o=@OJANo<omdQhG;=*oA6Vi$K_YTO1C;9|v_~V0L+iXpf#E9;GC$4*%eaw@I_pka>{7u|j2n?"
    "dv48f?Q#|D+<YXrcg;_Rz3bFF{?L5@K*Kw(&hV{X*mhxopO5a*5@Z09Py++kVWOM(2H`Q3_-PMb`a(Vl;ed9KgDv^M4^tYA;"
    "`nfYo-^Q$%-6~Sr##aomlg^&LuUMNp={%LI(NDxHkAZh2YQD8w`-ict{IK=CICtCA-8>kjv5;rzYk`$C1^MuKRp$p2u6!?8j"
    "eOo#PLzEjubSG446}T|rY)`g!QCs~;0veqH~!_O;e;Yu$@)7S3W+=DuFGcy4tp%gKXKMf&h+lQPt$@6Sp(Nw)E6_)@>rO<aJ"
    "a3#$FiPf-4-FQ8!M&K^~DPfVvAM2&J;Vh=D6U{k5?0NAEo{wLJOu+y?VQHI*ZiidagVn4;lMC$*`Z6lkTb9>&9F3#3hA1N^J"
    "IBbpmR#^2b!whJ5aq;6c~u#YIVMwP3@K!-(q>?!_Uzx2?B_{Qqthre-cxH4hv=-k<;__kJ~jWm4YR71{OV)?zslWA7OB4Q4I"
    "8mW`8p#(*;G3rsM_JZSojg-!3yNg+Q<yol1|hiC6j1i(cyv%<`y#mPPTi}TtHR#&6>ZjpL!?z@g=eiO#q?!Gw-I5%(YvV1v0"
    "#-uS%!d#xdQ{QS1w1h%?{g&;^rxawP2qIUZz<WZ>;8)vhW?z5zZKI6cdcpEN#%v+X^<EbV$xheA9K{U$N-Q$7G4#KcC~zEl6"
    "!`bwTp?5~Tux`v;l#6VT1dmR>vq+gcDBYP{0jSv*a;_Jo2uZOQiy>6OR9t6%Sm3iY`vLv)B$ujSUJrA5j~!7MP3Rw6>@gKF3"
    "muv1hdlO5qZmow%17UMqozyVm}VME$eQb;qQk--$nd<(A>oitV%|ze_#c<Y&!Mhj0OmAY?}>o;=P^raPUCOVm~ALvjtr96;R"
    "PzL`jWGMGV+s_`QvzwuaYnK3$@0^lttF#1ZuC<TZ^~Ag?WPBHJ#Z5OY?XcGU9|aphwBuZnCJhlb56+7MgDmfaTi+?xk*Ov>f"
    "V*s9mH8g^Upb{2(Q2}OSL7wM#3zV^zuCvfOad}dXS?7;2v6tw_j!n_P;^`iM29GA!Us+2Bq)OdgN?(GIIb{IhTHDKL!JnVD2"
    "smRA4nRTXndOg^|^5hLfbUMI3qFu~gROeE7H3y!)a(d+&njB#=$iA`lhFllE)wE8SzA;xOS|Uqpx;qArdi}*UcH(6@7#Jg^r"
    "!yE7SF_l(X#`!NM_LtBJBygdiuYM-scuxX&hh<k{Ij$Nv*)QIPp9%)afdDL$KEr@;=N}c{Ist<TMWx?D%h7r-?suz-e<hWTA"
    "0D=8f0O=xNqCX+NxZ<OYI?8N!-;=q*%XdkNcPtc&9|QmU!}N9q-5}JMiFA@hSCoo8wQ>=Zjw9EB>4rAL0_+o7bLdsi`r=1^2"
    "tQOZB+^y4y~0u<KV6?TIW`j^XHE-$z9_6%@);aCxBrwy(B&HDM9c<J(#rS*LY6Vh*s_vFeplP%lfoL;-XFqikGDHkJ>^crK6"
    "7EcY=zC&0VGa=hIf4JZTS6ud|6rU~yj)=@*!F7^TGQnDjov5CcHd~_Upi3)U?S}GTm-CHKWQ}7O#x9SaZ4yV^($&_>=Ex-PJ"
    "9+s7ecI~mgh<rCqSbdSG*$@4@i(!5EzaM)#eZimBFuTFey#0~_23sF(*ITvf_}Ci6`H;ScABY`A49wk9Tx%_N|3P~{_(X#K>"
    "yprE^xx09M_#V;vT@D|_7!8aGOr@G+7AEcsnv?cIaR9JA&UrWE{D=eXOlahO!&epGyWcZD?cZIhGs$63AC8kN>H)fIU&`no1"
    "eWdJF<Fd&+iHvo6D{UyVG?|-WuDe<0%6q%qh!As<iM;$(NaqEu|p@41eX8<Qvm(miHl;<hI*eCnR<2(09_fhg1O6jbc#8%K#"
    "l}&yxf{vsSincW@%?PIorDp1EuO$~=qKN|!E3z@AVmG2i4U?W2Sq_A@|hnk8x`nycVKTQ{^UR36atksQ$4g*&uPZxTAEL)W2"
    "h!?W2%bBc)S2PX!oSEJAz%nBm!s}w1;P*>@^fOz-LSkxn50<+P>sk3gN)~oFIxZ>K~=jbR%Kw(+z-^pJycc?wyg^e}7vMxrA"
    "3+`*&eeq9pJx-P~EA2^hR$rs!&J~#KuD$*QL5~6RJa6?=EDEuP8$in<jR}Msk3-y(RglCqt2e4ajr9TUX$qiTn*;<0Z5J7F("
    "*gG!;u!8!9xe81Y;UAgoC&JKuAZQR$g_p6_Q3yXFZ%{~E#i*Z$A5U~>u>~)xAecn>H{uAotHQoa>s9Lk?GH*&6d8EMA?0Scu"
    "sv|i#@#a)xEgceAhd_L?W`vKhOL>OWz8McNNh3V<(qEKB;?Ikit*;JIiQ&-hE4Ryfeo>y;E-^9Q%@!U{s2@3rMm9m4e+76r~"
    "4&d;M>tJTF$k@31nlSkxs(B=dMPJlLxy`m#^&nv=`8E~i#--1U&Qesm#`*y^AQ?vd5v9)d1tR53w*@@Gtw&{Svgb^Oa0mBE;"
    "xew34TcYkwrHU!!v()^T5gNCLTT0_!?ItkkAQInDUJ@=%1UeXuVZzhhn@OoE&qfHIJV3&Vt{;o^@wR=43xJ?t1o8Y6aiqCjE"
    ";+EQ-RD3dLzbAF~apUXdl;^|g!sLl#u%MTow*wH>cdHH%%sVw<nI-Ei@{i6u4ER9&IEg?d=Uz!stccNKtDLz^6ZL*d(<ySlL"
    "9=xR9IhCP(;QiW8NV*9+s`OJepI%L)cvob7gxv*j?e~s;B5idP@?~(*!-ROonxH;o=!a|(a<YOZBq$YU6<P#b!h=zzmjE|++"
    "{&v0}Mv!d0ETM*So>WH;cGVP~A`mxeDAEZqg|d+Sn+Msw9w<4$N)O_G`9C8xFaLO0xY%zSZ?_FMF=3emrUp-G@%+6RaJd3es"
    "Bt#-6(^|B64PtupUE_&`2_&oW%R8mmGquM7FQ{9OC`(ac@_6M<EQfAO%KYEX<JL><FB?dg8N`R>?ji=343RIjPEPm1BEHAi)"
    "3odzK(#(QHKqx<Qtm}CWXhiCmUpBb=K+ly9s*XGiF|M<t?g)UK?{!XFoCe-6jU+=Q^oVEI1vk5(gp227s#RvKKGKlVNEhVV~"
    "r)FjDF;4t@eY9Vz7f=ef<x}j>N2|;@yIY+Kb1W{crA@$vr=jGdCL1puC}>`rxDEAN7NXth9viL9vh2rZyyf4x3jD4lghl9ot"
    "OR?Pi29@^K88F;l=hhGN(9F!w0o!Xy_hU(-2*iLwiDHb^2nRsgeVnSfn$wpp=DJUZUNj(;$Bdvf%wvY{$YT6k?&w>2mK-mgt"
    "y}>5iteTaa3tqOYYr>$|3sW3!bX-tGSWjciW2ITOFvTCrt;=J13;XPkI~4Y9#r_TwUmw%HFu8dtZZMVxK#;TTRzy%D%VzG(9"
    "Mwc1d6Jji`kU_g57Gj^m2suhlnvp~R$6pp>jVe9Y}(F7M9%h7CSWu#MIT{Br#%L*6pUQ$19fT3tJ28{!?%9=tDS9yzFA$>3X"
    "%lO3x5Vj`Bf@EW7J#sx8eN-F-;vy81a?d)s@kk%snbG~`N+lzMV*A?$Aq<Q4;jdoNSBl1g~H%P|wlX^IAzdj>sTnE+ce4V1+"
    "bUq(qHF^8~Dv)|aN+jZtpg;9E+lMG(<7z~I+54u!muIzB2CJJ5rZ`t>w?l)=?rCLM45xStr~%Q&VD2~rTuS@TA)ndyySkwyE"
    "4@%9-;HP8j<3v#`MJVvGH536964ZJV+?wjM*ZY?0x9u(@7<mARC|9v9;**Oo<de!3&3uMWxL(>LsybnwwyS$9W1HSCLXj6TM"
    "34I!@Zd9vG*B;{KC-Qp#A&MsEeb5@ZArG9*69;YW(%9zOhMXP?+Y%P0pIC{ltq1(|TVf6^|5dwmXIa6a4qfhS#&EjbK+=_1l"
    "|V`r|mj;c?<GLg$vA5LjNzqL!tL5|f+}RUZM!^A}`4|Gi0R_BdL3VjF=|c$aNEkXb!%zPr|Shmgj&!ZKoGNkx>D6cNRb4Atd"
    "8iZ@{5|L)9OCN6cf#2NkrUnlAD$MRU?5;_$@ydl~u@_E$LxS4>1L<&ZC6}A;VNm9<074`A!^C@V;zoPv?^0N4Fi5d{YWM}P|"
    ">H&imJg8tJJ54b>>6Bk4?)o4NA%G}sX55_jJ|_wtn|SUO!4GB)H8}<5`c~(Uyx**b7ODsJajS*h;Wufm*gX~B%SEun^2WL!j"
    "$M+me*@`V{G~7U>N&Vj3j*(71eeqCI(iBu6C0pN!G`st#0uB^=!yFqC|D}L4`r_SP@zV<gM3{}du9?^xSo@dsS5-FsK`sQ8c"
    "V5Fc~x`Fd;J+Puw87L=)3c~80KymhEWWw(vZuRdf(xQ$dZdpvBMiF@36Uy>6*v($&F|NkEnPzR~*e$cDZj<qd!)(-mT~#0hg"
    "v%a0PCXH_Y>@)()ZiT5nnDqAwWo=Cs>9uMS1Uo(`0r#cO-7UNo#kDHJ@6Nj&*t{OHMyulJpqG-G~}kB;OPTs21i*j&lA5CCY"
    "tQ}!?1+Mgzr>4T!_Y$7hrDn0R&2OZ-X>i8|pW`mb~xOe`;0l_snEmXnV_!~ibH+_LL@SW9-J$y89bJ7Jrf}hEW16;m|ue2XE"
    "S|`2O2EosSh<T>|>OSGu-Tm3nv9z1}{DX3`&7&__f5s&)ZA?{R`Nx$oOyGmk=?X2PKyo!YHseXvaAe5~WelSSAl2GzENF6GU"
    "m->v`y|VHlhAfI>0PTa5YeNlrzV-CmHeGYpB`1;p0DEMzy1ppBAJ=J-LN!y)f9CO3%~Avd!%mfy*Xq3Lqh(8M4Y^AfsWNzHb"
    "^s27IiZUB;#8XX)H6aK1NsfJ0BE)vBO%B-g1_(%u@~juP)&gz4;pvL)3}l+`<iv&L^okiZLcY{4-3IRDNjI+~)%H_B$!`wYl"
    "1^(Y@)Q#E?6dY~cdAyZ?4|q(d${o%rxF+fc!ui@$a{H8Yrv>o;t%*ZMI!kEQH#az6=)pgeZ2Zj9MHA3aFjk2KNR#=>ch38AU"
    "XQN+IEm~lOC$^5ICRXN=#`g4Ba%hx~r`>snlwg$H-Jb<2#@#$!{IsXJp$`<mM10|(>Azrxpcivsdcj2=)bM849V7jH?4T83l"
    "I<vO(#&&F{;ylEFCDt3BQQ3nO3K#vnE{?=0HLK<1*NP$TKF#ue@pyJJlylM#mHS=GRE$^S;b7F&Z1SbypIk5<4!~az8@^QRX"
    "7WlqO2D}-fz|Q9tRTa-?U{}%PTHr+@4P^PXKA$YwPhpLfr8R|e+bXvKaeM1vCEqie+f<0gQ#ss<&ogL+Hi)yRf0P<|9L%Y+i"
    "$AlAK{^SS|Pl`=^tNdVup!D`Dga#uf3JYjad1$R?{nw^49&8QVWs%sygaFxW+Oh4U>4N!poP2n@nmW%+^TCt)g(x9A~cU4Y@"
    ">HOc9{<GGg_psF(&vB}{Q~N>^8yeZauCu0L9<q8bVgRQ5#58Ff2iKRbDmw#PZM*y0T9um96linZ>)0LEL=RDnR+x{}99=`vt"
    "|^Skdl=eXlfVjtZ%4ps1$TKY<&rlwi7bykG?@H&=FCjI*1EJmF{Z=31saKX~ez%vRxa;2}(a66(I?z@y%U#D#N8tok&Vhns>"
    "wop;gxWd9q_tZ=KsN<NPzt!={#ZTM6DFSc4Wo-E@H5@rF%BWb|*t!Su{4_gVJ~etAv-A*rTDdi?V^7zQwr9O37aYr@$QOEr_"
    "O;VV)OMyfhM`EagDwZp8oizAX?Z+``d?v{I05!=3d4efAu3*iTOSJDwyR|FbmUkHeRH+DJl87tg#NxwyKYiOLhh7QB?CJRz?"
    "pR?yX3^3Y&WWA%%ngRsb&tN^U%^ypUr!mO!-Ej{a7Af1q3DGVAcFKK}B^IcQo4E{5Q4-d#*(9yL4GISnI@2oAQgTd*6bGL&7"
    "#uzN8A56YB?4ryAd3N4;mKHFdSE1F+-F3jj5^-$h}e2D;C0W#Qy3KW5%@lxg>oAN|{ji0a<7!n00|+k61@yRG~)C?;vuj)DD"
    "`olefJ6AN^(<0$K-BWTiEy=8(*XwM=4{Uj4`G1nV7$ao(6b=y;$dE{hpdeh}zD9P=+!pJ84rhSz?FHu|lu~|9fdL&p}MCNsH"
    "2cv&1YWmLKW~<#43CFUty>4p5E0{+u<=2ZaBIEaVxXf}vWjaScwv0n*KY_n-7ir<k-+=VAf_?Ie>iL!rin*iN<ljS`D)Ye2!"
    "pQEEEI%6OQZC?4%Xcrw`E6l*>pwpe^LqOk^CDdYsjZ3*FtcN|xe2Xe-R*MLeoa@)Z3}7sPY=VKWMfyH+=<PdEpx-Un5+nVh&"
    "h|4OF!;Z67OP-Gje#oTS@oyt6HX|U7J$dR~dF%(3>u+UGKuQ|5RoPyPaCiiJFhxZR34PXRM8MeC>ZF{%v=Z$?tph7$P!fIE`"
    "Ro$Azc{ew^?>2Z|!9m$wqPv(Wqf;NXj8H=$XqLUM1Kjf5a}LzY#p+I6vEIG#0?7~?~NN4+Q8*dH2+2L;Qv?CZbrP5Hm&JE1e"
    "a|ITL=wqj+A7V|w*6{i><N)Die-y@*57~#xiI^&Atri{GIC7~6kL{p4Mr=Q%4RZCDn@>+UbcXFde=Pc3Rsp5f5`(4><^RZzk"
    "Z0dRWoSfoR$UxnyP_~-^59s|)Zf^U%R{vx1D04ltzn@lxN80^|`wLsC_yUBNZyCi5pk_8EPm#wsx>Df)q@2XRYq5sW0>oT;<"
    "48}uA5OQ0FCmqDv}LxAWa4_BJhnyu8soS?s^2~K<&GTeUZ;pc1L2oldZNoq<i8WX`s?|e*N6DQo4<9Hd)O}Vrk~V0y+n#zaF"
    "@aGORdU7{Ft=20{;i1B_}dw<m>egJzh!55&wSJclKyoqx*JJr)AjcsU{yzVblfh-gLp4h(}nAPBH^=mk`s$ZJM`^N&MeUeCc"
    "lSEJy+;SrQ6CiNA>S<#;M;jQEB}^!fz87emtrr94)A**fn?(IAb4_kr&x*_@dmG5FCJPxbOd9}>7a+wMYH538Mt({16nj|MP"
    "5$Eg<IA_6Yv=K9~GL_2z(qxmi+qYT;ogm5drCOiiu7OPsmx(>|a>@+9aFat*_`z9#|$mA@mPO_0UOeoy|mlex*fe(Lu-?yQV"
    "26nLq4|=m&#W2h2Ml5*5oFLi5pjpz@B@jI$S}U$wECfAY9a0{Afsbj5w#M@@M&#Fh^*RjIj9_5Wbx+nK&i!?LXrqwkA$*_NS"
    "I!kI-?$ykI<A}7d#F3r0dG;Q%Qv~HCEaRUa+4{8hp<mABXXiQO!+gRT<q|3wrpnfK`?)JPEO`))0Yh>1PRWV+TH&v2dgeBvO"
    "y9ZkLb7i=<i`3yOJiQI`HTu*l=|*eu4UHr?7W0{Q"
)


@lru_cache(maxsize=1)
def _word_filter() -> bytes:
    return base64.b85decode("".join(_WORD_FILTER_B85))


@lru_cache(maxsize=8192)
def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (letters only, any case) is in the dictionary (1 % false positives)."""
    w = word.lower()
    if not 3 <= len(w) <= 14 or not w.isascii() or not w.isalpha():
        return False  # the filter holds words of 3-14 letters; anything else would be chance
    digest = hashlib.blake2b(w.encode(), digest_size=16).digest()
    a = int.from_bytes(digest[:8], "little")
    b = int.from_bytes(digest[8:], "little") | 1
    bits = _word_filter()
    for i in range(_WORD_FILTER_HASHES):
        pos = (a + i * b) % _WORD_FILTER_BITS
        if not bits[pos >> 3] & (1 << (pos & 7)):
            return False
    return True


# short words that glue into names and phrases: mypass, newpass, doesnotexist, dbadmin, isdone
_GLUE_SHORT = frozenset(
    {"my", "no", "is", "it", "of", "to", "in", "on", "at", "by", "or", "me", "we", "up", "an",
     "do", "so", "be", "if", "as", "the", "and", "not", "for", "you", "are", "all", "any", "one",
     "two", "new", "old", "out", "off", "has", "can", "get", "set", "use", "our", "now", "non",
     "db", "app", "web", "dev", "sys", "top", "key", "pwd", "api"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def is_glued_words(word: str) -> bool:
    """Whether ``word`` is dictionary words glued together (``correcthorse``, ``doesnotexist``):
    pieces of four or more letters or short common words, two to four pieces."""
    w = word.lower()
    n = len(w)
    if n > 32:
        return False
    # best[i]: fewest pieces that spell w[:i] (None: cannot)
    best: list[int | None] = [0] + [None] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 14), end):  # dictionary words have 3-14 letters
            prev = best[start]
            if prev is None or prev >= 4:
                continue
            piece = w[start:end]
            if (len(piece) >= 4 and is_dictionary_word(piece)) or piece in _GLUE_SHORT:
                if best[end] is None or prev + 1 < best[end]:  # type: ignore[operator]
                    best[end] = prev + 1
    return best[n] is not None and best[n] >= 2  # type: ignore[operator]


# ----------------------------------------------------------------------------- key names

FAMILY_ORDER = ("password", "secret", "token", "key", "auth", "credential")

_NOT_PASS = frozenset(
    {"bypass", "compass", "overpass", "underpass", "surpass", "trespass", "encompass", "impasse",
     "getpass", "bandpass", "highpass", "lowpass", "allpass", "multipass", "onepass", "twopass",
     "singlepass", "firstpass",
     # SSH_ASKPASS, GIT_ASKPASS, SUDO_ASKPASS: the program that asks for the password
     "askpass"}
)  # fmt: skip
_KEY_WORDS_NOT_KEY = frozenset(
    {
        "monkey",
        "donkey",
        "turkey",
        "whiskey",
        "jockey",
        "hockey",
        "hotkey",
        "keyboard",
        "keyword",
        "keywords",
        "keystroke",
        "keypress",
        "keycode",
        "keyframe",
        "keyframes",
        "keychain",
        "keyup",
        "keydown",
        "keymap",
        "keypad",
        "keyspace",
        "keyring",
        "keystore",
        "keytab",
        "keyset",
        "keys",
        "keyed",
        "keying",
        "keynote",
        "keyof",
        "keyvalue",
        "turnkey",
        "passkey",
        "foreignkey",
        "pkey",
    }
)


def families_of_segment(seg: str) -> set[str]:
    """The credential families one word of a key name names (``passwd`` -> {password})."""
    return set(_segment_families(seg))


# "password" as code and notes in other languages name it (Portuguese senha, Spanish contraseña,
# German Kennwort, Dutch wachtwoord, Swedish losenord, Norwegian passord, Danish adgangskode,
# Finnish salasana, Polish haslo, Czech heslo, Hungarian jelszo, Turkish sifre, French motdepasse
# and mot de passe/mdp below); split_words cuts names at non-ASCII letters, so contraseña is
# matched by its ASCII stem
_FOREIGN_PASSWORD_WORDS = (
    "senha", "contrase", "kennwort", "wachtwoord", "losenord", "passord", "adgangskode",
    "salasana", "haslo", "heslo", "jelszo", "sifre", "motdepasse",
)  # fmt: skip


@lru_cache(maxsize=8192)
def _segment_families(seg: str) -> frozenset[str]:
    fams: set[str] = set()
    if seg in _NOT_PASS:
        return frozenset()
    if (
        any(w in seg for w in ("password", "passwd", "passphrase", "passcode", "passwort", "pwd"))
        # at the word's start or end (minhasenha, senhaadmin): inside a glued name the letters are
        # chance (metricsenhanced, theslot, bypassorder)
        or any(seg.startswith(w) or seg.endswith(w) for w in _FOREIGN_PASSWORD_WORDS)
        or seg == "mdp"
        or seg in {"pass", "pword", "pswd", "pw", "passw", "pwds"}
        or (seg.endswith("pass") and len(seg) <= 12)
        or seg.startswith("pword")
    ):
        fams.add("password")
    if "secret" in seg and not seg.startswith("secretar") and seg != "secretsmanager":
        fams.add("secret")
    if "token" in seg and "tokeniz" not in seg and "tokenis" not in seg:
        fams.add("token")
    if seg not in _KEY_WORDS_NOT_KEY and (seg == "key" or (seg.endswith("key") and len(seg) > 3)):
        fams.add("key")
    # sssd.conf ldap_default_authtok / krb5 authtok: the PAM "authentication token", a password
    if seg in {"auth", "authz", "authn", "authorization", "authorisation", "authtok"} or (
        seg.endswith("auth") and seg not in {"oauth"}
    ):
        fams.add("auth")
    if seg in {"cred", "creds", "credential", "credentials"}:
        fams.add("credential")
    return frozenset(fams)


def credential_families(key: str) -> set[str]:
    """The credential families named by a key (``db_password`` -> {password})."""
    return set(key_families(key))


# words that make a "ticket" a bearer credential: WeChat's jsapi_ticket / api_ticket, a CAS or
# Kerberos service ticket, an SSO login ticket (a support or event ticket is not one)
_TICKET_QUALIFIERS = frozenset(
    {"jsapi", "api", "access", "auth", "session", "service", "sso", "cas", "login", "logon",
     "signin", "kerberos", "krb", "tgt", "proxy", "grant"}
)  # fmt: skip


# words before a bare "pass" that make it a stage of rendering or compiling, not a password:
# renderPass, shadow_pass, blurPass (WebGL/Vulkan render passes), optimization_pass
_STAGE_BEFORE_PASS = frozenset(
    {"render", "draw", "shader", "shadow", "depth", "blur", "bloom", "compute", "geometry",
     "lighting", "composite", "tracing", "offscreen", "picking", "pick", "stencil", "opaque",
     "translucent", "transparent", "raster", "forward", "deferred", "outline", "ssao",
     "optimization", "optimize", "lowering", "codegen", "compiler", "compile", "analysis",
     "transform"}
)  # fmt: skip
# words after a bare "pass" that make it a verb phrase: pass_through, passThru, pass_by
_AFTER_PASS = frozenset({"through", "thru", "by"})


def _stage_pass(words: tuple[str, ...], i: int) -> bool:
    """Whether ``words[i]`` (a bare ``pass``) is a render or compiler pass or a pass-through."""
    return (i > 0 and words[i - 1] in _STAGE_BEFORE_PASS) or (
        i + 1 < len(words) and words[i + 1] in _AFTER_PASS
    )


_AUTH0_RE = lazy(r"(?i)(?<![a-z])auth0(?![0-9])")


def key_families(key: str) -> frozenset[str]:
    """:func:`credential_families` as a frozenset (its words' families are memoised)."""
    fams: set[str] = set()
    if "0" in key and _AUTH0_RE.search(key):
        # Auth0, the identity vendor: its name is no "auth" (AUTH0_CLIENT, auth0Domain hold an
        # identifier; AUTH0_CLIENT_SECRET is still a secret by its own word)
        key = _AUTH0_RE.sub("_", key)
    words = key_words(key)
    for i, seg in enumerate(words):
        if seg == "pass" and _stage_pass(words, i):
            continue
        fams |= _segment_families(seg)
        if seg == "ticket" and i and words[i - 1] in _TICKET_QUALIFIERS:
            fams.add("token")
        if seg == "passe" and i >= 2 and words[i - 2 : i] == ("mot", "de"):
            fams.add("password")  # MOT_DE_PASSE, mot-de-passe
    return frozenset(fams)


# ----------------------------------------------------------------------------- placeholders

_TEMPLATE_RE = lazy(
    r"""
    \$\{ | \$\( | \{\{ | \}\} | \{% | <%= | <% | \#\{             # ${VAR} $(cmd) {{ var }} #{x}
    | ^\[%                                                     # [% var %] (Template Toolkit)
    | (?:^|[=:/({])\$\$                                        # $$VAR (compose, Make), not P@$$w
    | ^\$[A-Za-z_][\w.]*-?$                                    # $VAR, $var.attr, $this->
    | /\$[A-Za-z_]\w*(?:/|$)                                   # /usr/lib/app/bin/$SCRIPT
    | ^\$[A-Za-z_]\w*(?:\{['"]?\w+['"]?\}|\[['"]?\w+['"]?\])+;?$  # $args{p} $_POST['pw'] (Perl, PHP)
    | ^\$[A-Za-z_]\w*[{\[]$                                   # "$Global{'bindpw'}" cut at its quote
    | %\{[A-Za-z_][\w:.-]*\} | (?:^|/)%[A-Za-z]$                 # %{oauth2:token} passdb/%u (Dovecot)
    | ^&(?:[a-z][a-z-]*:)?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$   # &session-state:Tmp-Integer-0 (unlang)
    | ^%%?[A-Za-z_][\w.-]*%%?$ | ^%\(?[\w.]*\)?[sdr]$ | ^%[sd]$  # %VAR% %%VAR%% %(name)s %s
    | ^(?:~[-0-9.*]{0,4}[aswpPWBXcdefginstx~]){1,6}$             # ~p~n ~s (Erlang, Lisp format)
    | ^<[^<>]*>?$ | ^\[[^\[\]]*\]?$ | ^\{[^{}]*\}?$ | ^\([^()]*\)?$   # <your-key> [secret] {0}
    | ^@[\w.-]+@$ | ^__[\w-]+__$ | ^\?+$ | ^\#{3}  # @TOKEN@ __KEY__ ??? ###KEY###
    | ^:[a-z_]\w*$                                             # :password (bind/symbol)
    | ^\$[A-Z][A-Z0-9_]{1,30}\$$                               # $ARG6$ $USER1$ (Nagios macros)
    | ^ENC\( | ^!vault | ^vault: | ^ref\+ | ^op:// | ^env: | ^arn:aws:secretsmanager
    """,
    re.X,
)
_PLACEHOLDER_WORDS = (
    "example", "sample", "placeholder", "dummy", "changeme", "change_me", "change-me", "changeit",
    "your", "replace", "redacted", "fake", "todo", "fixme", "foobar", "lorem", "insert",
    "enter_", "enteryour", "xxx", "test", "mock", "secret_here", "here_", "_here", "notreal",
    "not_real", "not-real", "default", "demo", "passw", "p@ssw", "pa55w", "s3cr3t", "hunter2",
    # "secret" as slang spells it (s3krit: Django's multi-database docs, seekr3t: openstacksdk's
    # tests)
    "sekrit", "seekret", "sekret",
    # the value saying what it is (Ghost's development config: "pass": "unsecure")
    "insecure", "unsecure",
    "qwerty", "letmein", "undefined", "null", "none", "empty", "invalid", "random", "abcdef",
    "abc123", "123abc", "abcd", "1234", "a1b2c3", "1a2b3c",
    # the top row and the digit row typed in turn (q1w2e3r4: Rails' dbconsole tests)
    "q1w2e3",
    # filler a person types where any value will do (User-Password == "blah"), and the
    # placeholder person's name typed as a test user's password ("password1": "johndoe")
    "blah", "johndoe", "janedoe",
    # the metasyntactic words of tests after foo and bar ("Secret":"fizzbuzz": containers/image's
    # credential-helper fixture), and "passphrase" as "password" is (WithPassphrase123)
    "fizzbuzz", "passphr",
    # how to make one, written where the value goes (.env.example: generate-with-openssl-rand-
    # base64-32, use_openssl_rand_hex_32): an instruction, not a key
    "openssl",
)  # fmt: skip
# leetspeak back to letters: P@55w0rd -> password, s3cr3t -> secret (filters.py uses it too)
DELEET = str.maketrans("@4310$57!", "aaeiosstl")
# placeholder words still readable once separators and digits are dropped (Pass@Word1, s-e-c-r-e-t)
_SPELLED_WORDS = ("password", "passwd", "pswd", "changeme", "secret", "example", "sample", "dummy",
                  "privatekey")  # fmt: skip
# "password" and "changeme" with one inner letter dropped: what is left of them once a symbol put in
# a letter's place (p#ssword, chang*me) is taken out with the other non-letters
_MASKED_LETTER_WORDS = tuple(
    sorted({w[:i] + w[i + 1 :] for w in ("password", "changeme") for i in range(1, len(w) - 1)})
)
# one search for all of them: a value is a placeholder if any word occurs anywhere in it
_PLACEHOLDER_WORDS_RE = lazy("|".join(re.escape(w) for w in _PLACEHOLDER_WORDS))
# lower-case words of a few letters or digits, ending in the kind of credential (…-api-key)
_KIND_TAIL_RE = lazy(
    r"^(?:[a-z0-9]{1,12}[-_]){1,4}(?:api[-_]?key|apikey|access[-_]?key|token|secret|key|sk|ak)$"
)
_FORMAT_RE = lazy(r"%\(\w+\)[sdr]|\{\d*\}|^\{[A-Za-z_]\w*\}")  # {0} {} {url}/v2.0
# asdf / qwer standing alone as a piece of the value (between separators or at an end)
_FILLER_PIECE_RE = lazy(r"(?:^|[^a-z0-9])(?:asdf|qwer)(?:[^a-z0-9]|$)")
_PERCENT_RE = lazy(r"%[sdr](?![A-Za-z0-9])")
_SEQUENCES = ("0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
              "0123456789abcdef0123456789abcdef")  # fmt: skip
# a length rule spelled out (8chars, eightcharacters, 12characters, mustbeeightcharaters)
_LENGTH_RULE_RE = lazy(
    r"(?:\d{1,2}|six|seven|eight|nine|ten|twelve|sixteen)(?:chars?|chara?c?ters?|charecters?)"
)
_MASK_RE = lazy(r"(.)\1{3,}|\*{2,}|\.{3,}|•|…|(?:^|\W)(?:x{2,}|X{2,})(?:\W|$)")


def _has_placeholder_word(
    value: str, low: str, plain: str, long_random: bool, short_letters_chance: bool = False
) -> bool:
    """A placeholder word in the value. In a long random token (an OAuth refresh token, an SSO
    cache token) a word of four letters or fewer (``test``, ``none``, ``xxx``, ``1234``) turns up
    by chance — about one 300-character token in thirty — so there only longer words count. A word
    a person wrote has one case (``test``, ``TEST``, ``Test``); with its case mixed (``pASsw`` in
    a random AWS secret key) it is chance too; filler such as ``aBcDeF`` counts in any case.
    ``short_letters_chance``: a random key of 40+ characters in one case (base32 NKey and TOTP
    seeds), where a short word of letters (XXX, ABCD, NULL) is chance too."""
    words = [
        m.group()
        for t in (low, plain)
        for m in _PLACEHOLDER_WORDS_RE.finditer(t)
        if m.group() in _SEQUENCE_WORDS
        or len(low) != len(value)
        or _one_case(value[m.start() : m.end()])
        or (m.end() - m.start() >= 6 and _is_pascal_words(value[m.start() : m.end()]))
    ]
    if not words:
        return False
    if short_letters_chance:
        # a one-case random key: a word of four letters or fewer is chance there, a counting run
        # of digits (1234 in mykeyid123456789…) is still typed
        return any(len(w) > 4 or not w.isalpha() for w in words)
    return any(len(w) > 4 for w in words) if long_random else True


# filler, not words: written in any case (aBcDeFgH, a1B2c3D4 are placeholders too). Shorter
# filler (xxx, abcd) needs one case like a word: "XxX" or "aBCd" turns up by chance in about one
# random 40-character secret in a thousand
_SEQUENCE_WORDS = frozenset({"abcdef", "abc123", "123abc", "a1b2c3", "1a2b3c"})


# two or more capitalised words run together, leetspeak read back (FooBar, L3tM3In, F0oB4r)
_PASCAL_WORDS_RE = lazy(r"^(?:[A-Z][a-z]+){2,}$")


def _is_pascal_words(text: str) -> bool:
    """``FooBar``, ``LetMeIn``, ``JohnDoe``: a placeholder of several words as a person writes it
    in PascalCase. It adds one case pattern to the one-case ones for words of six letters or more,
    which a random token still holds by chance too rarely to matter; mixed case such as
    ``fOoBaR`` still does not count."""
    return _PASCAL_WORDS_RE.match(text.translate(DELEET)) is not None


def _one_case(text: str) -> bool:
    letters = "".join(c for c in text if c.isalpha())
    return letters.islower() or letters.isupper() or letters.istitle() or not letters


# "long random": at least this long and this random (bits per character); in such a value short
# placeholder words and runs of four equal characters are chance, not intent
_CHANCE_LEN = 64
_CHANCE_ENTROPY = 4.5
# a short piece said over and over: 123123, abcabc, Xy7!Xy7!, 0123456789 0123456789 …
_REPEATED_UNIT_RE = lazy(r"^(.{1,16}?)\1+$", re.S)
_MASK_LONG_RE = lazy(r"(.)\1{7,}|\*{2,}|\.{3,}|•|…|(?:^|\W)(?:x{2,}|X{2,})(?:\W|$)")


def _is_zero_run_header(value: str, hit: re.Match[str], mask: LazyPattern) -> bool:
    """A run of ``A`` in the first characters of a long encoded token is structure, not a mask:
    ``A`` is base64's zero, so the small integers and zero bytes of a token's binary header
    encode as ``AAAA`` (Square's ``EAAA`` prefix with a body that starts with ``A``, Meta's
    ``EAAAAU…`` app tokens, base64 of binary whose first bytes are zero). Only a run of four to
    eight ``A`` starting within the first three characters, followed by at least 24 characters
    with no other mask and of random-looking variety; a mask (``AAAA…`` filler,
    ``EAAA********``) keeps its reason, and so does a run further in (Jenkins' encrypted
    ``AQAAABAAAA…`` blobs: ciphertext under the controller's key, not a plaintext secret)."""
    start, end = hit.span()
    if hit.group(0)[0] != "A" or start > 2 or end - start > 8 or len(value) - end < 24:
        return False
    rest = value[end:]
    return mask.search(rest) is None and len(set(rest)) >= 16 and shannon_entropy(rest) >= 4.0


def _is_periodic(low: str) -> bool:
    """A short unit said over and over and cut anywhere: ``01234567890123456789012345678901``
    (32 characters of 0-9 counting), ``abcabcab``; at least two whole units and eight or more
    characters (a generated value never repeats itself)."""
    n = len(low)
    if n < 8:
        return False
    return any(low[k:] == low[:-k] for k in range(1, min(16, n // 2) + 1))


# the keyboard's digit row ends in 0: 1234567890, read backwards 0987654321
_COUNTING_SEQUENCES = (*_SEQUENCES, "1234567890")


def is_counting_filler(value: str) -> bool:
    """Filler a person types for a test key: a unit repeated and cut anywhere
    (``01234567890123456789012345678901``) or runs of the alphabet and the keyboard's digit row
    (``fedcba0987654321``), eight characters or more, or ten digits or more counting on through
    the digit row with other characters between them (``a123b45c6d78e9f0…``). is_placeholder
    leaves these to the caller: other scanners' rule examples use them as stand-ins for real keys
    (a finding there is expected), so filters.py drops them only in test, fixture and
    documentation files."""
    alnum = _NOT_LOWER_ALNUM_RE.sub("", value.lower())
    if len(alnum) < 8:
        return False
    if _is_periodic(alnum):
        return True
    digits = [int(c) for c in alnum if c.isdigit()]
    if len(digits) >= 10:
        steps = [(b - a) % 10 for a, b in pairwise(digits)]
        if max(steps.count(1), steps.count(9)) >= 0.85 * len(steps):
            # a123b45c6d78e9f012a34cd5e6a7890b…: the digit row counted through (or back, and
            # started again once in a while), other characters put in between; a random value's
            # ten digits count on like that by chance about once in ten million
            return True
    runs = _RUNS_RE.findall(alnum)
    if len(runs) == 3:
        # gh567890ijkl (ldap3's tests, after ab123456cdef): the alphabet typed on around a run of
        # the digit row, the letters one sequence once the digits are taken out
        letters = runs[0] + runs[2]
        if (
            len(letters) >= 4
            and len(runs[1]) >= 4
            and any(letters in seq for seq in _SEQUENCES)
            and any(runs[1] in seq for seq in _COUNTING_SEQUENCES)
        ):
            return True
    return len(runs) >= 2 and all(
        len(r) >= 3 and any(r in seq or r[::-1] in seq for seq in _COUNTING_SEQUENCES) for r in runs
    )


def masks_password_word(value: str) -> bool:
    """p#ssword!, passw*rd, chang*me: "password" or "changeme" with one inner letter written as a
    symbol DELEET does not read (dj-database-url's README), as plain a placeholder as P@ssw0rd."""
    if len(value) > 24:
        return False
    letters = _NOT_LOWER_RE.sub("", value.lower().translate(DELEET))
    return any(w in letters for w in _MASKED_LETTER_WORDS)


@lru_cache(maxsize=2048)
def is_placeholder(value: str) -> str | None:
    """Why ``value`` is a template, reference, placeholder or mask, or ``None`` (memoised: pure)."""
    low = value.lower()
    if _TEMPLATE_RE.search(value):
        return "template or variable reference"
    if low.startswith("tether://"):
        return "tether reference"
    if value[-2:] == ".." and value[-3:-2].isalnum():
        # dotenv://:key_899..@dotenv.org/… (a listing of keys shown cut short): a value that
        # ends in an ellipsis of two dots (three are a mask, below)
        return "value shown cut short (ends in ..)"
    long_random = len(value) >= _CHANCE_LEN and shannon_entropy(value) >= _CHANCE_ENTROPY
    # 32+ random hex digits hold a run of four equal digits about once in 140 values: in pure
    # hex only a run of eight is a mask
    long_hex = len(value) >= 32 and _HEX_RE.match(value) is not None
    # a random key of 40+ characters in one case (base32: NKey seeds, TOTP seeds) holds a short
    # word (XXX, ABCD, NULL) or four equal characters about once in 175 values; typed capitals
    # (YOURAPIKEYGOESHERE…) are words, and keep the short-word check
    one_case_random = (
        not long_random
        and not long_hex
        and len(value) >= 40
        and value.isalnum()
        and (value.isupper() or value.islower())
        and word_fraction(value) < 0.3
    )
    mask = _MASK_LONG_RE if long_random or long_hex or one_case_random else _MASK_RE
    hit = mask.search(value)
    if (hit and not _is_zero_run_header(value, hit, mask)) or len(set(low)) <= 2:
        return "masked or repeated characters"
    if _REPEATED_UNIT_RE.match(low):
        return "masked or repeated characters"
    # leetspeak (p4ssw0rd) is how people disguise a word; in hex digits it is chance: 70d0 is not
    # "todo", and 1234 or abcd inside 32+ random hex digits is no more a placeholder than in a long
    # random token (about one random 64-digit hex key in 150 was taken for a placeholder)
    plain = low if long_hex else low.translate(DELEET)
    if _has_placeholder_word(value, low, plain, long_random or long_hex, one_case_random):
        return "placeholder or test value"
    letters_only = _NOT_LOWER_RE.sub("", plain)
    if any(w in letters_only for w in _SPELLED_WORDS):
        return "placeholder or test value"
    if masks_password_word(value):
        return "placeholder or test value"
    # P2$Sword (moto's tests: 2 written for a), pa33w0rd (a documented example), P4zzW0rd!
    # (DokuWiki's tests): the spellings DELEET leaves alone, for a and for ss
    respelled = low.replace("33", "ss").replace("zz", "ss").replace("2", "a")
    if respelled != low and len(value) <= 24 and "passw" in respelled.translate(DELEET):
        return "placeholder or test value"
    if low.startswith("foo") and low.endswith("bar") and len(low) <= 24:
        # foo$r$6$bar, foo-x-bar: the metasyntactic pair around what a test puts in between
        return "placeholder or test value"
    if ("asdf" in low or "qwer" in low) and _FILLER_PIECE_RE.search(low):
        # "asdf_value", "qwer-1": the home or top row's first keys typed as one piece of the
        # value (`123QWERasdf, run into other characters, is a keyboard-walk password, judged on)
        return "placeholder or test value"
    if ("-" in value or "_" in value) and _KIND_TAIL_RE.match(value):
        # password=my-nfsn-api-key, password=pdd-token (ddclient's usage text): words that end
        # in the kind of credential that goes there, a name for it, not the value
        return "placeholder or test value"
    if _FORMAT_RE.search(value) or len(_PERCENT_RE.findall(value)) >= 2:
        return "format string"
    if not long_random and _LENGTH_RULE_RE.search(_NOT_LOWER_ALNUM_RE.sub("", low)):
        # must_be_eight_characters, Mustbe8characters, barbut8chars: the length rule written
        # where the value goes (provider docs' examples), an instruction, not a password
        return "placeholder or test value"
    letters = [c for c in value if c.isalpha()]
    if (
        len(letters) >= 6
        and any(c > "f" for c in letters)
        and all(c in "asdfghjkl" for c in letters)
    ):
        return "keyboard mash (home row)"
    alnum = _NOT_LOWER_ALNUM_RE.sub("", low)
    while len(alnum) >= 8 and len(alnum) % 2 == 0 and alnum[::2] == alnum[1::2]:
        # 00112233… reads as 0123…, and 0000111122223333… (certbot's DigitalOcean token) too
        alnum = alnum[::2]
    if len(alnum) >= 4:
        # the digit row too (restartpass="7890" in InspIRCd's shipped config)
        for seq in _COUNTING_SEQUENCES:
            if alnum in seq or (len(alnum) >= 6 and seq[: len(alnum)] == alnum):
                return "keyboard or alphabet sequence"
    if len(alnum) >= 6 and _is_sequence_runs(alnum):
        return "keyboard or alphabet sequence"
    # a UUID's 32 digits count as long hex too (cafefeed-c001-b055-ea75-deadbeef4a11, git-secret's
    # tests: a UUID spelled in hexspeak)
    uuid_digits = low.replace("-", "") if len(value) == 36 and value.count("-") == 4 else ""
    if (long_hex and _is_hexspeak(low)) or (
        _HEX_RE.match(uuid_digits) and _is_hexspeak(uuid_digits)
    ):
        return "hexspeak words in hex (dead, beef, cafe): made up, not generated"
    if long_hex and _is_byte_counter(low):
        return "counting byte sequence (a test pattern such as 000102…, not a key)"
    if _is_keyboard_mash(value):
        return "keyboard mash (typed along the key rows)"
    return None


# words spelled in hex digits that people type into made-up keys (0xdeadbeef, cafebabe)
_HEXSPEAK = ("dead", "beef", "cafe", "babe", "f00d", "c0de", "feed", "face", "d00d", "b00b")


def _is_hexspeak(hex_low: str) -> bool:
    """Two or more hexspeak words in 32+ hex digits (``…6deadc62…beef7c…bacafe5…``): someone
    wrote it. One such word turns up by chance in about one random 64-digit key in a hundred,
    two of them in about one in twenty thousand."""
    return sum(w in hex_low for w in _HEXSPEAK) >= 2


def is_byte_counter(raw: bytes) -> bool:
    """Eight or more bytes that go up or down by one fixed step (00 01 02 …, 1f 1e 1d …)."""
    return len(raw) >= 8 and _is_byte_counter(raw.hex())


def is_counting_hex(value: str) -> bool:
    """Sixteen or more hex digits (eight bytes) that count up or down by one step
    (``000102…``, ``1f1e1d…``): :func:`_is_byte_counter` on a value written in hex."""
    return len(value) >= 16 and _HEX_RE.match(value) is not None and _is_byte_counter(value.lower())


def _is_byte_counter(hex_low: str) -> bool:
    """``000102030405…``, ``1f1e1d1c…``: hex bytes that go up or down by one fixed step, the key
    and message pattern of cipher and hash known-answer tests. A random key does this by chance
    with odds of 256 to the power of (bytes - 2)."""
    if len(hex_low) % 2:
        return False
    raw = bytes.fromhex(hex_low)
    step = (raw[1] - raw[0]) % 256
    return step != 0 and all((b - a) % 256 == step for a, b in pairwise(raw))


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_HOME_ROW = frozenset("asdfghjkl")
_LETTER_RUN_RE = lazy(r"[a-z]+")


def _row_run_letters(word: str) -> set[int]:
    """Positions in ``word`` (lower-case letters) that belong to a run of three or more keys next
    to each other on one keyboard row, forwards or backwards (``qwe``, ``lkj``, ``sdf``)."""
    hits: set[int] = set()
    for i in range(len(word) - 2):
        tri = word[i : i + 3]
        if any(tri in row or tri[::-1] in row for row in _KEY_ROWS):
            hits.update((i, i + 1, i + 2))
    return hits


def _is_keyboard_mash(value: str) -> bool:
    """``sdf0o9823sjdfsdf``, ``asdfoiw37850234lkjsdfsdf``, ``qwe089234lkjsdf``: lower-case letters
    hit along the keyboard rows, with some digits, as docs and tests make up tokens: nine or more
    letters, six or more of them in runs of three neighbouring keys on one row, and three quarters
    of them on the home row or in such runs. Hex digits cannot hold such a run (no s, g, q, w …),
    and a generated token's letters land on the home row about a third of the time. A few capitals
    (a fifth of the letters at most) are read as their letters: ``askdjghsdfjkghWupUjasdf…`` (a
    test's made-up secret key); a mixed-case generated token has about half (no hit in 600,000
    random base-62, base-36 and lower-case tokens of 12-48 characters)."""
    if not value.isascii():
        return False
    letters = [c for c in value if c.isalpha()]
    if len(letters) < 9:
        return False
    if any(c.isupper() for c in letters):
        if sum(c.isupper() for c in letters) * 5 > len(letters):
            return False
        value = value.lower()
    mashed = in_runs = 0
    for m in _LETTER_RUN_RE.finditer(value):
        word = m.group()
        runs = _row_run_letters(word)
        in_runs += len(runs)
        mashed += sum(1 for i, c in enumerate(word) if i in runs or c in _HOME_ROW)
    return in_runs >= 6 and mashed >= 0.75 * len(letters)


_RUNS_RE = lazy(r"[a-z]+|[0-9]+")


def _is_sequence_runs(alnum: str) -> bool:
    """``321cba``, ``cba987``, ``xyz789``: every letter and digit run is three or more steps of
    a sequence, forwards or backwards."""
    runs = _RUNS_RE.findall(alnum)
    return len(runs) >= 2 and all(
        len(r) >= 3 and any(r in seq or r[::-1] in seq for seq in _SEQUENCES) for r in runs
    )


# ----------------------------------------------------------------------------- files / lines

CODE_EXTENSIONS = frozenset(
    {".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".java", ".kt", ".kts",
     ".scala", ".groovy", ".go", ".rs", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs",
     ".vb", ".fs", ".swift", ".m", ".mm", ".rb", ".php", ".pl", ".pm", ".lua", ".dart", ".r",
     ".jl", ".ex", ".exs", ".erl", ".clj", ".coffee", ".vue", ".svelte", ".sol", ".idl", ".proto",
     ".hx", ".nim", ".zig", ".v", ".cshtml", ".razor", ".jsp", ".aspx", ".erb", ".twig", ".tpl",
     ".ejs", ".hbs", ".html", ".htm", ".hs", ".ml", ".elm", ".purs", ".fsx", ".hrl", ".cljs",
     ".cljc", ".mli", ".hxx", ".inl", ".ipp", ".tcc", ".cu", ".cuh", ".gradle", ".f90", ".pas",
     ".cr", ".gd", ".td"}
)  # fmt: skip

# (``#[…]`` and ``#![…]`` are Rust attributes, code: #[serde(rename = "PASSWORD", …)])
# a leading ' is a VB comment, unless it opens a quoted key or item ('name': value, 'item',)
_COMMENT_RE = lazy(
    r"^\s*(?:#(?!!?\[)|//|/\*|\*|<!--|--|;|%|rem\s|'(?![^'\n]*'\s*(?:[:,)\]}=]|$)))", re.I
)


def is_comment_line(line: str) -> bool:
    """Whether ``line`` is a comment in common languages (its text is prose or sample config)."""
    return bool(_COMMENT_RE.match(line))
