"""Provenance of an article: who publishes it, which desk, whom it cites, where it started.

Reads the lead forms of Persian agency copy («به گزارش خبرنگار سیاسی ایسنا،», «به گزارش پایگاه 598 به
نقل از باشگاه خبرنگاران؛», «خبرگزاری فارس:», «تهران- ایرنا-», «به گزارش فارس به نقل از وزارت ...»),
source footers («منبع: ...», «برگرفته از ...»), a publisher's page furniture (a disclaimer, a press-review header),
a site's dash dateline («طرفداری- ...») and English leads ("X reported, citing Y", "according to X",
"(Reuters) -"). Names are returned as written in the article (display text), not folded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from didban.records import Provenance
from didban.text.arabic import ARABIC_ONLY, OUTLET_ALIASES
from didban.text.dates import GREGORIAN_MONTHS, JALALI_MONTHS, WEEKDAYS
from didban.text.lexicon import (
    DATELINE_PLACES,
    DOMAINS,
    FOREIGN,
    GIVEN_NAMES,
    LATIN_TITLE_OUTLETS,
    OUTLET_HEADS,
    OUTLET_SUFFIXES,
    OUTLETS,
    SUBJECT_STOPS,
    UNIT_HEADS,
)
from didban.text.normalize import cached_fold as fold
from didban.text.normalize import clean_name, mfold
from didban.text.quotes import (
    HEADS_LONGEST_FIRST,
    _common_words,
    alternation,
    comments_start,
    person_start,
    related_spans,
)

_LEAD_CHARS = 700
_BE_GOZARESH = re.compile(r"(?:(?:^|[\s.،؛:«(\-\u2000-\u2bff\ufe0f\U0001f000-\U0001faff])به|(?:^|[\n.!؟])\s*ه)\s+(?:گزا?رش|نوشته)\s+"
                          rf"|به\s+گزارش\s+(?=(?:{'|'.join(OUTLET_HEADS)})\s)"
                          # a lead that lost its «به» at the start of the text: «گزارش سندیکای ...، امروز ...»
                          r"|^\W{0,3}گزارش\s+(?!(?:تصویری|ویدئویی|ویدیویی|اختصاصی|ویژه|کامل|خبری)\s)(?=[^،,\n:.]{2,60}[،,])")
# the second form: «... در تهرانبه گزارش خبرگزاری هرانا،» (a headline glued to the lead)
# «به گزرش»: a common typo; «ه گزارش» at a line or sentence start: a scraped lead that lost its first letter
# «آفتاب‌نیوز :» after a summary paragraph («... دهد.   آفتاب‌نیوز : ...»)
# white space taken possessively, a run tried from its start only (runs of hundreds of spaces made it cubic)
# (written as one class first, so the engine scans for it: «(?:[.!؟»]|(?<!\s)\s{3})» starts with a look-behind)
_MID_COLON_LEAD = re.compile(r"[.!؟»\s](?:(?<=[.!؟»])|(?<=\s)(?<!\s\s)\s\s)\s*+([^\n:«».،؛]{2,60}?)\s*(?:\([^)\n]{0,40}\))?"
                             r"\s*:")
_DELIM = re.compile(r"[،,؛;:\n]|\s[-–]\s|\.(?=\s)")
# «به نقل ازرویترز»; «از قول X» (quoting X) is the same link
_NAGHL = re.compile(r"\s+(?:و\s+)?(?:به\s+)?نقل\s+از\s*|\s+و\s+به\s+نقل\s+از\s+|\s+(?:و\s+)?از\s+قول\s+")
_AZ = re.compile(r"\s+از\s+")
_DAY = r"(?:روز\s+)?(?:امروز|دیروز|شنبه|یکشنبه|دوشنبه|سه\s?شنبه|چهارشنبه|پنج\s?شنبه|جمعه)"
_TIME_SET = frozenset(("امروز", "دیروز", "امشب", "دیشب", "صبح", "ظهر", "عصر", "شب", "بامداد", "شامگاه"))
_PART_OF_DAY = r"(?:صبح|ظهر|عصر|شب|شامگاه|بامداد|بعدازظهر|بعد\s+از\s+ظهر)"
_TIME_WORDS = re.compile(rf"(?:{_DAY}(?:\s+{_PART_OF_DAY})?|{_PART_OF_DAY}\s+(?:امروز|دیروز|روز\s+)?{_DAY}?|امشب|دیشب)\s+")
# «به گزارش روز پنجشنبه ایرنا», «به گزارش چهارشنبه شب ایرنا», «به گزارش صبح امروز ایسنا»
_PAREN_DAY = re.compile(rf"\(\s*{_DAY}(?:\s+{_PART_OF_DAY})?\s*\)\s*")  # «به گزارش امروز (یکشنبه) ایرنا»
_TIME_INSIDE = re.compile(r"\s+(?:در\s+)?" + _DAY + r"(?=\s|$)(?:\s+(?:صبح|ظهر|عصر|شب|بعدازظهر))?")  # «ایرنا روز شنبه»
_BRACKETS = re.compile(r"[«»\"“”'()\[\]]")
_DATELINE = re.compile(
    r"^\W{0,3}([^\s\-–:،,.\u200b]{2,15}(?:\s[^\s\-–:،,.\u200b]{2,15})?)\s*[-–\u200b]\s*([^\-–\n:\u200b]{2,30}?)\s*[-–\u200b]")
# a site's name (one to three words of letters) and a dash opening the text, the body right after it
_NAME_DASH_START = re.compile(r"^\s{0,3}((?:[^\W\d_]{2,15}[ \u200c]?){1,3}?)\s?[-–]\s?(?=[^\W\d_])")
_NOT_A_SITE = frozenset(("اختصاصی", "گزارش", "یادداشت", "ویژه", "فوری", "خبر", "عکس", "فیلم", "ویدئو", "گروه", "سرویس",
                         "تحریریه", "دبیر", "خبرنگار"))
# «اصفهان (ایسنا) - ...»: a dateline with the outlet in brackets after the city
_PAREN_DATELINE = re.compile(r"^\W{0,3}[^\s()\-–:،,.]{2,15}(?:\s[^\s()\-–:،,.]{2,15})?\s*\(([^()\n]{2,30})\)\s*[-–]")
_DESK_SLASH = re.compile(r"^\W{0,3}((?:گروه|سرویس)\s[^/\n]{1,30}?)\s*/\s*([^،,\n/]{2,30}?)\s*[،,:]")
_FOLLOW_US = re.compile(r"([^\n.،]{2,30}?)\s+را\s+در\s+(?:اینستاگرام|تلگرام|توییتر|توئیتر|فیسبوک|یوتیوب)\s+دنبال\s+کنید"
                        r"|به\s+(?:کانال|صفحه)\s+(?:تلگرام|اینستاگرام|توییتر)\s+([^\n.،]{2,30}?)\s+بپیوندید")
# (grouped by first character: see quotes.alternation; the order of the plain join of the escaped names is kept)
_KNOWN_ALT = alternation(sorted((k for k in OUTLETS if not k.isascii()), key=lambda k: len(re.escape(k)), reverse=True))
# a publisher's own page furniture, as scraped with the article (folded text): its disclaimer («... الزاما بازتاب
# دیدگاه صدای آمریکا نیست», «... بیانگر دیدگاهی از سوی رادیو فردا نیستند»), its self-description («صدای آمریکا یک
# سازمان بین المللی خبری ...»), a newspaper's press-review header («سایت خوان روزنامه دنیای اقتصاد تاریخ انتشار»),
# a Sputnik page's date tag («03.12.2020, اسپوتنیک ایران»)
_DISCLAIMER = re.compile(r"(?:بازتاب|بیانگر)\s+(?:دیدگاه|دیدگاهی|نظر|نظرات)(?:\s+از\s+سوی)?\s+"
                         r"([^\s.،,][^.،,\n]{1,30}?)\s+(?:نیست|نیستند|نمی\s?باشد)")
_SELF_DESCRIPTION = re.compile(r"(?:^|[.\n]\s*)([^\s.،,][^.،,\n]{1,20}?)\s+یک\s+سازمان\s+بین\s?(?:ال|\u200c)?مللی\s+خبری")
_PRESS_REVIEW = re.compile(r"سایت\s?خوان\s+(?:روزنامه\s+)?([^\s.،,][^.،,:\n]{1,25}?)\s+تاریخ\s+انتشار")
_SPUTNIK_TAG = re.compile(r"\d\d\.\d\d\.\d{4},\s+(اسپوتنیک)\s+ایران")
_KNOWN_COLON = re.compile(rf"(?<![\w\u200c])({_KNOWN_ALT})\s?:")  # «فارس :» glued after a reposted headline
_FURNITURE_HEAD = 1000  # a page's header furniture (press-review header, self-description, date tag) stands in it
# «خبرگزاری آناتولی اخبار خود را از طریق ... ارسال می‌کند»: the publisher's own footer
_YE_GOZARESH = re.compile(rf"(?<![\w])یه\s+گزارش\s+(?=(?:{_KNOWN_ALT})[\s،,])")
_OWN_NEWS = re.compile(rf"((?:(?:{'|'.join(OUTLET_HEADS)})\s+)?(?:{_KNOWN_ALT}))\s+اخبار\s+خود")
_NAGHL_OPENING = re.compile(r"(?:^|(?<=[.!؟\n:]))\s*به\s+نقل\s+از\s+([^،,:\n.]{2,40}?)[،,]")  # (after a colon lead too)
_INLINE_PAREN_DATELINE = re.compile(r"(?:^|\s)[^\s()\-–:،,.]{2,15}\s\(([^()\n]{2,30})\)\s-\s")
_START_DATELINE = re.compile(rf"^\W{{0,3}}({_KNOWN_ALT})[-–/]")  # «ساعت 24-وزیر ...», «ایسنا/لرستان ...»: glued
# (a spaced hyphen only, as its gate tests: an en dash there follows an opening «به گزارش X،» lead on the dev pages)
_SENTENCE_DATELINE = re.compile(rf"(?<=[.!؟\n])\s*(?:(?:{'|'.join(OUTLET_HEADS)})\s+)?({_KNOWN_ALT}) - ")
_INLINE_DATELINE = re.compile(rf"(?:^|\s|(?<=[^\W\d_])[-–])({_KNOWN_ALT})\s*[-–\u200b]\s")  # «مسکو-ایرنا - »
_INTERVIEW = re.compile(rf"(?:با\s+خبرنگار(?:\s+[^\s،,]+)?|(?:گفت\s?و\s?گو|گفتگو|مصاحبه)\s+با)\s+(?:خبرگزاری\s+)?"
                        rf"[«\"“]?({_KNOWN_ALT})(?![\w])")  # «در گفت‌وگو با ایسنا», «... با «انتخاب»»
_WROTE_LEAD = re.compile(rf"^\W{{0,3}}((?:{_KNOWN_ALT})(?:\s[^\s:]{{1,15}})?)\s+(?:نوشت|گزارش\s+داد|اعلام\s+کرد)\s*:"
                         rf"|^\W{{0,3}}((?:{'|'.join(OUTLET_HEADS)})(?:\s+[^\s:،«»]+){{0,3}}\s*«[^»\n]{{2,40}}»)[^:\n]{{0,60}}?"
                         r"\s(?:نوشت|گزارش\s+داد|اعلام\s+کرد)\s*:")  # «سایت اینترنتی «X» روز گذشته ... نوشت:»
_COLON_LEAD = re.compile(r"([^\n:«»]{2,60}?)\s*(?:\([^)\n]{0,40}\))?\s*:")
_BASED_ON = re.compile(r"(?:^|[\s،])(?:بر\s+اساس|براساس|طبق|بنابر|بنا\s+(?:بر|به))\s+(?:اعلام|گزارش|اطلاعیه)\s+(?!(?:ها|های|هایی)[\s،,])([^،,؛:\n.]{3,80}?)"
                       r"(?:[،,]|(?=\s(?:با|در|به|که|مبنی|برای|درباره|پیرامون|طی)\s))")
_SOURCE_FOOTER = re.compile(
    r"(?:منبع(?:\s+خبر)?\s*[:(؛]\s*([^)\n،,]{2,40}?)\s*(?:\)|\n|$|\s+است)|(?:برگرفته|برگرفته\s+شده|اقتباس)\s+از\s+"
    r"([^،,\n.:]{2,40}))")
# a known outlet signed after the closing stop or guillemet of the last sentence («... شود.»/ایرنا», «.../ ایسنا»),
# before any scraped «کپی» (copy-link) button
_SIGN_OFF = re.compile(rf"[.!؟»\"]\s*/\s*({_KNOWN_ALT})\s*(?:کپی\s*)?$")
_NAME_STOP = re.compile(r"\s(?:این|با|در|به|که|از|طی|برای)\s|[،,.:؛\n]")
_SAID_IN_NAME = re.compile(r"(?:^|\s)(?:نیز|هم|گزارش\s+داد|نوشت|اعلام\s+کرد|افزود|گفت|خبر\s+داد)(?:\s|$)")
# «به گزارش کانال تلگرام سندیکای ...»: a social-media channel is cited, it does not publish the article
_CHANNELS = ("کانال تلگرام", "کانال تلگرامی", "صفحه اینستاگرام", "صفحه رسمی", "حساب کاربری", "حساب توییتر")
_GENERIC_SOURCES = ("رسانه ها", "رسانه های", "منابع", "منابع خبری", "برخی رسانه ها")
_PLACE_HINT = re.compile(r"^[^\s]+(?:\s[^\s]+)?$")
_GOVERNMENT_SITE = re.compile(r"(?:پایگاه|سایت|وب\s?سایت|درگاه)\s+(?:خبری\s+|رسمی\s+)?اطلاع\s?رسانی\s+(?:دولت|وزارت|ریاست"
                              r"|سازمان|قوه|دفتر|ستاد|استانداری|فرمانداری|شهرداری)(?![\w])")
_ORG_WORDS = (
    "روابط عمومی", "وزارت", "سازمان", "اداره", "ستاد", "پایگاه", "خبرگزاری", "روزنامه", "شبکه", "سایت", "دفتر",
    "مرکز", "شورای", "شورا", "دانشگاه", "بنیاد", "کمیته", "کمیسیون", "انجمن", "حوزه", "معاونت", "دبیرخانه",
    "فرمانداری", "استانداری", "شهرداری", "بانک", "شرکت", "هیئت", "هیات", "قرارگاه", "نیروی", "سپاه", "ارتش",
    "پلیس", "دادگستری", "دادستانی", "رسانه", "خبرنامه", "کانال", "صفحه", "مجله", "نشریه", "به نقل",
)
# the descriptions an English report puts before an outlet's name: «the state-run IRNA news agency», «the hard-line
# Fars news agency», «the semi-official», «the IRGC-affiliated»
_EN_DESCR = (r"(?:(?:(?:semi-)?official|state(?:-run|-owned|-affiliated|-controlled"
             r"|(?=\s+(?:(?!(?:TV|Television|Radio|Media)\b)[A-Z]|news\s+agency|broadcaster|newspaper|daily)))"
             r"|government(?:-run|-owned)?"
             r"|hard-?line|pro-government|(?:ultra)?conservative|reformist|[A-Za-z]+-affiliated),?\s+){0,2}")
_EN_CITING = re.compile(
    r"(?:^|[.\n]\s*|,\s*|\)\s*[-–—]\s*)([A-Z][\w.&'’ -]{1,40}?)\s+(?:reported|said|reports|says)\s*,?\s+(?:citing|quoting)\s+"
    r"([^.,;\n]{2,80})", re.M)
_EN_REPORTED = re.compile(r"(?:^|[.\n]\s*)(?:the\s+)?([A-Z][\w.&'’ -]{1,40}?)\s+reported\b")
_EN_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?" + _EN_DESCR +
                           r"([A-Z][^.,;\n]{1,60}?|(?:[Ii]ranian\s+)?state\s+(?:media|TV|television|radio|news\s+agency))"
                           r"(?=[,.;\n]| on | in )")
_EN_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z0-9 ,.]{1,40}\((Reuters|AFP|AP|Reuters\s+Breakingviews|[A-Z][A-Za-z]{1,14}"
                          r"(?:\s+[A-Z][A-Za-z]{1,14}){0,2})\)\s*[-–—]")  # «Tehran, Dec. 5 (IRNA) -»
_EN_REPORTED_AFTER = re.compile(
    r",\s+((?:the\s+)?" + _EN_DESCR + r"(?:news\s+agency|broadcaster|newspaper|daily)\s+"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"  # «the state news agency IRNA reported»
    r"|(?:[Ii]ranian\s+)?state\s+(?:media|TV|television|radio|news\s+agency)|(?:the\s+)?(?:[\w-]+['’]s\s+)?"
    + _EN_DESCR + r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s+news\s+agency)?)\s+reported\b")
# the description before an outlet's name: «the state news agency IRNA» -> «IRNA»
_EN_OUTLET_DESC = re.compile(r"^(?:the\s+)?" + _EN_DESCR + r"(?:news\s+agency|broadcaster"
                             r"|newspaper|daily)\s+(?=[A-Z])")
# «..., the Tasnim news agency reported on Monday, citing a Guards commander»
_EN_REPORTED_CITING = re.compile(
    r"(?:^|[,.]\s+)(?:the\s+)?" + _EN_DESCR +  # «the state-run X», «semi-official»
    r"((?:[A-Z][\w.&'’-]*\s+){0,3}?[A-Z][\w.&'’-]*(?:\s+(?:news\s+agency|agency|TV|television))?)"
    r"\s+(?:reported|said|reports|says)(?:\s+on\s+\w+)?,\s*(?:citing|quoting)\s+([^.,;\n]{2,80})")
_POSSESSOR = re.compile(r"^[A-Z][\w-]+['’]s\s+(?=[A-Z])")  # «Iran's Tasnim news agency» -> «Tasnim news agency»
_EN_REPORTED_BY = re.compile(r"\breported\s+by\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|news|agency|of))*)")
# «Mehr news agency, citing the governor, said ...»
_EN_COMMA_CITING = re.compile(
    r"(?:^|[.\n]\s*)(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:\s+news\s+agency)?),\s+(?:citing|quoting)\s+"
    r"([^.,;\n]{2,80}),\s+(?:said|reported|says|reports)\b", re.M)
# the words an outlet's name may hold besides capitalised ones («Fars news agency», «state media»): a passive
# «No casualties were reported» or «The attack was reported by residents» names no outlet
_EN_NAME_WORDS = frozenset(("news", "agency", "state", "media", "television", "radio", "daily", "newspaper", "of",
                            "the", "semi-official", "official", "channel", "website"))


_CANON = {v.replace(" ", "") for v in OUTLETS.values()}
OUTLET_KEYS = frozenset(_CANON)  # the canonical_source keys of the outlets known by name
_ALIAS_KEYS = frozenset(fold(v).replace(" ", "") for v in OUTLET_ALIASES.values())  # (Arabic names of outlets)
_FOREIGN = {v.replace(" ", "") for v in FOREIGN}
_RELAYED = re.compile(rf"\s*((?:{_KNOWN_ALT}))(?:\s[^\n:،,]{{0,40}}?)?\s+به\s+نقل\s+از\s+([^\s:،,]+(?:\s[^\s:،,]+)?)"
                      r"\s+(?:(?:افزود|گفت|اعلام\s+کرد|نوشت|گزارش\s+داد)\s*:|(?:نوشت|گزارش\s+داد|خبر\s+داد)\s+که\s)")
# «این خبرگزاری به نقل از شبکه العراقیه نوشت»: the report source named before relays another
_THIS_OUTLET_RELAYS = re.compile(
    r"(?:^|(?<=[\s.]))این\s+(?:خبرگزاری|روزنامه|رسانه|شبکه|نشریه|پایگاه|سایت|وب\s?سایت|تارنما|هفته\s?نامه)"
    r"(?:\s[^.!؟\n:،,]{0,40}?)?\s+به\s+نقل\s+از\s+([^\s:،,.]+(?:\s[^\s:،,.]+){0,3}?)"
    r"\s+(?:نوشت|گزارش\s+داد|خبر\s+داد|افزود|اعلام\s+کرد|مدعی\s+شد)(?![\w])")
# «به گزارش ایسنا، به نوشته روزنامه کیهان، ...»: the paper the lead's outlet took the report from
_NEVESHTE_AFTER_LEAD = re.compile(r"\s*به\s+نوشته\s+([^،,؛:\n.]{3,60}?)\s*[،,]")
# «روزنامه جوان، ...، به نقل از X فاش ساخت», «رویترز به نقل از دو منبع آگاه گزارش داد», «روزنامه الحیات به نقل از
# یک مقام ...، نوشت»: an outlet as the subject of a sentence that relays another source
_CITED_BY_BODY = (
    r"((?:" + "|".join(OUTLET_HEADS) + rf")\s+[^\s،,]+(?:\s[^\s،,]+)?|(?:{_KNOWN_ALT}))(?:[،,][^\n]{{0,60}}?)?\s+(?:به\s+نقل"
    r"\s+از|از\s+قول)\s+([^،,.\n]{3,80}?)(?:\s+(?:در|طی|روز|امروز|دیروز)\s[^،,.\n]{0,40}?)?\s*[،,]?\s+(?:فاش\s+ساخت|فاش\s+کرد|اعلام\s+کرد|نوشت|گزارش\s+داد|خبر\s+داد|مدعی\s+شد)")
_CITED_BY = re.compile(r"^\W{0,3}" + _CITED_BY_BODY)
_CITED_BY_AFTER = re.compile(r"\s*" + _CITED_BY_BODY)  # right after a lead («به گزارش فارس، X به نقل از Y نوشت»)


@lru_cache(maxsize=8192)
def canonical_source(name: str | None) -> str | None:
    """Comparable key of a source name: folded, without quotes and outlet-type words, aliases merged
    («خبرگزاری فارس», «فارس» and «Fars News» give the same key)."""
    if not name:
        return None
    if ARABIC_ONLY.search(name):  # «وكالة الأنباء الإيرانية (إرنا)» and «ایرنا» are one source
        from didban.text.arabic import canonical_alias, match_form

        alias = canonical_alias(match_form(name)[0])
        if alias:
            return fold(alias).replace(" ", "")
    key = _BRACKETS.sub(" ", fold(name))
    key = re.sub(r"\s+", " ", key).strip(" .-–:،,")
    if key.endswith(" فارسی") and len(key) > 7:
        key = key[:-6]  # «یورونیوز فارسی», «بی بی سی فارسی»: the Persian service of an outlet is the outlet
    if key in OUTLETS:
        return OUTLETS[key].replace(" ", "")
    for head in HEADS_LONGEST_FIRST:
        if key.startswith(head + " ") and len(key) > len(head) + 1:
            rest = key[len(head) + 1:]
            for sub in ("خبری تحلیلی ", "خبری ", "اطلاع رسانی ", "تحلیلی خبری "):
                if rest.startswith(sub) and len(rest) > len(sub):
                    rest = rest[len(sub):]
            if rest not in OUTLETS and " " in rest:
                adj, bare = rest.split(" ", 1)  # «روزنامه کویتی الوطن», «روزنامه بریتانیایی گاردین»: a nationality
                if adj.endswith("ی") and bare in OUTLETS:
                    rest = bare
            key = rest
            break
    if key not in OUTLETS:  # an Arabic name without Arabic-only letters («فرانس برس», «سانا»)
        from didban.text.arabic import canonical_alias

        alias = canonical_alias(key)
        if alias:
            return fold(alias).replace(" ", "")
        described = _described_outlet(name)
        if described:
            return described
    return OUTLETS.get(key, key).replace(" ", "")


_EN_DESCRIBED = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?" + _EN_DESCR + r"(.+?)"
                           r"(?:\s+(?:news\s+agency|agency|news\s+service|newspaper|daily|TV|television))?$", re.I)


_PARENS = re.compile(r"\(([^()]{2,60})\)")


def _described_outlet(name: str) -> str | None:
    """The key of a known outlet named inside a description: the name in brackets or the name around them
    («خبرگزاری رسمی سوریه (سانا)», «ایسنا (خبرگزاری دانشجویان ایران)»), an English name with its description
    («the state-run IRNA news agency», «Syria's SANA news agency»). None when no known outlet is found."""
    m = _PARENS.search(name)
    parts = (m.group(1), name[:m.start()] + name[m.end():]) if m else ()
    if not parts and name.isascii():
        e = _EN_DESCRIBED.match(name.strip())
        parts = (e.group(1),) if e and e.group(1) != name.strip() else ()
    for part in parts:
        key = canonical_source(part)
        if key in OUTLET_KEYS or key in _ALIAS_KEYS:
            return key
    return None


def same_source(a: str | None, b: str | None) -> bool:
    """True when two source names denote the same outlet: equal canonical keys, or one key a prefix of the
    other (a feed title «ایسنا - آخرین اخبار» and the lead's «ایسنا»)."""
    ka, kb = canonical_source(a), canonical_source(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 2 and long_.startswith(short) and not long_[len(short)].isalnum()


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).netloc.lower()
    except ValueError:
        return None
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("en.")
    if host in DOMAINS:
        return DOMAINS[host]
    parts = host.split(".")
    for i in range(1, len(parts) - 1):
        d = ".".join(parts[i:])
        if d in DOMAINS:
            return DOMAINS[d]
    return None


def _outlet_from_title(title: str) -> str | None:
    """The site name at the end of a page title: «... | Tasnim», «... | Euronews», «... - روزیاتو»."""
    if (title or "").startswith(("http://", "https://")):
        return outlet_from_url(title.split()[0])  # a page whose title is its address
    m = re.search(r"[|]\s*([A-Za-z][A-Za-z ]{1,30})\s*$", title or "")
    if m:
        return LATIN_TITLE_OUTLETS.get(" ".join(m.group(1).lower().split()))  # «| TRT  Persian»
    parts = [x.strip(" -–") for x in (title or "").split("|")]
    if len(parts) >= 3:  # «مهر | سیاست | دولت»: a breadcrumb; its known outlet, if any, not its last item
        return next((x for x in parts if x and canonical_source(x) in _CANON), None)
    head = (title or "").split("|", 1)[0].strip(" -–")
    if "|" in (title or "") and len(head.split()) <= 5 and fold(head).startswith(OUTLET_HEADS) \
            and canonical_source(head) in _CANON:
        return head  # «خبرگزاری صدا و سیما | عکس -»: the site name first
    m = re.search(r"\s[-|]\s+([^\s\d|\-][^|\-\d]{1,20}?)\s*$", title or "")
    if m and len(m.group(1).split()) <= 2 and not _SITE_NOT.search(m.group(1)) \
            and not _GENRE_LABEL.match(title[:m.start()]):
        # (not «گزارش اختصاصی | داروهای نایاب»: a genre label, then the headline)
        return m.group(1).strip()
    return None


_STAMP_WORDS = "|".join(sorted({*(fold(m) for m in (*JALALI_MONTHS, *GREGORIAN_MONTHS) if not m.isascii()), *WEEKDAYS,
                                 "کد خبر", "کدخبر", "تاریخ انتشار", "زمان انتشار", "ساعت"}, key=len, reverse=True))
# a line of a page's stamps only: digits, month and weekday names, «کد خبر», separators
_STAMP_LINE = re.compile(rf"(?:(?:{_STAMP_WORDS})(?![^\W\d_])|[\d/\-–:|.,،() \t])+\n")  # (one character a step:
# no nested repeat to backtrack through on a long line of digits)
# a page's breadcrumb line: «اخبار › اقتصادی › حمل و نقل», «خانه > سیاسی > مجلس» (short items, no sentence)
_BREADCRUMB_LINE = re.compile(r"[ \t]*[^\n›>/:.؟!«»]{1,25}(?:[ \t]*[›>/][ \t]*[^\n›>/:.؟!«»]{1,25}){1,5}[ \t]*\n")
_WIKIPEDIA_PAGE = re.compile(r"از\s+ویکی[\u200c ]?پدیا،\s*دانشنامه")
# «خبرگزاری مهر، گروه استان‌ها - محمدرضا علی اشرفی:» after a summary sentence: an agency's dateline with its desk
_MID_DESK_LEAD = re.compile(r"(?:^|[.!؟]\s+)((?:خبرگزاری|پایگاه خبری)\s+[^\s،:.]{2,20}(?:\s[^\s،:.]{2,20})?)،\s*"
                            r"((?:گروه|سرویس)\s[^-–:\n.]{2,30}?)\s*[-–]\s*[^:\n.]{2,40}:")
# «گروه دیگر رسانه‌های خبرگزاری فارس:», «گزارش گروه سیاسی خبرگزاری دانشجو - X،»: a desk of a known agency opening a
# paragraph or following a run of spaces (a page's furniture), before a colon or a dash
_DESK_FIRST_LEAD = re.compile(r"(?:^|[.!؟\n]|\s\s)\s*(?:گزارش\s+)?((?:گروه|سرویس)\s[^:\n.،\-–]{2,40}?)\s+"
                              r"((?:خبرگزاری|پایگاه\s+خبری)\s+[^\s:،.\-–]{2,20}(?:\s[^\s:،.\-–]{2,20})?)\s*[:\-–]")
_DOMAIN_LEAD = re.compile(rf"((?:(?:{'|'.join(OUTLET_HEADS)})\s+(?:[^\s:()]+\s+){{0,2}}?)?(?:{_KNOWN_ALT}))\s*"
                          r"\([A-Za-z0-9.\-]+\.(?:ir|com)\)\s*:")
_GENRE_LABEL = re.compile(r"\s*(?:گزارش|فیلم|عکس|ویدئو|ویدیو|اینفوگرافی|یادداشت|مصاحبه|گفت)\S*(?:\s+\S+)?\s*$")
_SITE_NOT = re.compile(r"عکس|فیلم|ویدئو|ویدیو|گزارش|اخبار|خبر|قسمت|بخش\s|شماره|[؟?!:«»]")


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "«\"“'(،,"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "»\"”')،,.:؛"):
        b -= 1
    return a, b


def _groups(text: str, m: re.Match[str]) -> list[str]:
    """The two names a chain pattern captured («X به نقل از Y»), cleaned, in the display text."""
    out = []
    for g in (1, 2):
        a, b = _clean(text, m.start(g), m.end(g))
        out.append(text[a:b])
    return out


def _is_known_outlet(folded: str) -> bool:
    return canonical_source(folded) in _CANON or folded.startswith(_OUTLET_HEADS_SPACED)


_OUTLET_HEADS_SPACED = tuple(h + " " for h in OUTLET_HEADS)


def _head_before_head(rest: str) -> bool:
    """True when the outlet head word starting ``rest`` (with a plural «ها»/«های») is followed by another head
    that opens a known outlet («رسانه های خبرگزاری فارس»)."""
    parts = rest.split(" ", 2)
    if len(parts) < 2:
        return False
    nxt = parts[2] if parts[1] in ("ها", "های") and len(parts) > 2 else rest.split(" ", 1)[1]
    return nxt.startswith(OUTLET_HEADS) and (canonical_source(nxt) in _CANON or _starts_with_outlet(nxt))


_INSTITUTION_HEADS = ("مرکز ", "دفتر ", "حوزه ")  # units of an outlet when one is named after them, else institutions


def _split_unit(seg: str, a: int, b: int) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """Split «خبرنگار سیاسی ایسنا» / «گروه اجتماعی خبرگزاری فارس» into (unit span, outlet span)."""
    piece = seg[a:b]
    if not piece.startswith(UNIT_HEADS):
        return None, (a, b)
    words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", piece)]
    for i in range(1, len(words)):
        rest = seg[words[i][0]:b]
        if rest.startswith(OUTLET_HEADS) and _head_before_head(rest):
            continue  # «گروه دیگر رسانه‌های خبرگزاری فارس»: «رسانه‌های» is part of the desk's name
        if rest.startswith(OUTLET_HEADS) or canonical_source(rest) in _CANON or _starts_with_outlet(rest):
            return (a, words[i - 1][1]), (words[i][0], b)
    if piece.startswith(_INSTITUTION_HEADS):
        return None, (a, b)  # «مرکز لرزه‌نگاری کشوری ...», no outlet named in it: the centre itself is the source
    if len(words) >= 3 and seg[words[-1][0]:b].endswith(OUTLET_SUFFIXES):
        return (a, words[-3][1]), (words[-2][0], b)  # «خبرنگار نفت آنلاین»: a two-word site name
    if len(words) >= 2:
        return (a, words[-2][1]), (words[-1][0], b)
    return (a, b), (b, b)


# every match of _BE_GOZARESH holds one of these words, and only these characters (and white space) stand between
# its start and the word, unless it starts the text («^\W{0,3}گزارش»)
_BG_WORDS = ("گزارش", "گزرش", "نوشته")
_BG_BEFORE = frozenset(".،؛:«(-به\n!؟")


def _be_gozaresh(t: str) -> re.Match[str] | None:
    """``_BE_GOZARESH.search(t)``, started where a match can start: it holds the first of ``_BG_WORDS`` and
    begins in the run of ``_BG_BEFORE`` characters and white space before it (the pattern has no literal
    first character, so a plain search tries every position of the lead)."""
    k = min((i for i in (t.find(w) for w in _BG_WORDS) if i >= 0), default=-1)
    if k < 0:
        return None
    if k <= 3:
        return _BE_GOZARESH.search(t)
    lo = k
    while lo > 0 and (t[lo - 1] in _BG_BEFORE or t[lo - 1].isspace()):
        lo -= 1
    if lo > 0 and ("\u2000" <= t[lo - 1] <= "\u2bff" or t[lo - 1] >= "\U0001f000" or t[lo - 1] == "\ufe0f"):
        lo -= 1  # «🔻به گزارش ایلنا،»: a channel's symbol glued to the lead
    m = _BE_GOZARESH.search(t, lo)
    for g in _GLUED_LEAD.finditer(t, lo, m.start() if m else _LEAD_CHARS):
        w0 = t.rfind(" ", 0, g.start()) + 1  # the glued word: its head a verb or four letters or more, and no word
        head = t[w0:g.start()]  # as a whole («مشابه گزارش ایرنا»)
        if (len(head) >= 4 or head in _GLUED_VERBS) and fold(t[w0:g.start() + 2]) not in _common_words():
            return g
    return m


_GLUED_VERBS = frozenset(("شد", "شدند", "کرد", "داد", "است", "بود", "دارد", "ماند", "رسید", "آمد", "زد"))
# «... به تعویق انداختبه گزارش ایرنا به نقل از رویترز،»: a headline glued to a lead that names a known outlet, a desk
# or a reporter («به گزارش گروه بین‌الملل خبرگزاری تسنیم،») without an outlet head
_GLUED_LEAD = re.compile(rf"(?<=[^\W\d_])به\s+گزارش\s+(?=(?:گروه|خبرنگار|سرویس|{_KNOWN_ALT})[\s،,؛])")


# a match of _FOLLOW_US has at most this many characters other than white space before its «دنبال» (the name, 30,
# «را», «در» and the longest platform) or its «بپیوندید» («به», the longest channel word and platform, the name),
# and no «.» or «،» there
_FOLLOW_WORDS = (("دنبال", 30 + 2 + 2 + 9), ("بپیوندید", 2 + 5 + 9 + 30))


def _follow_us(u: str) -> re.Match[str] | None:
    """``_FOLLOW_US.search(u)`` started where a match can start (its lazy name group makes a plain search try up
    to 30 lengths at every position): in the bounded run of characters before the first «دنبال» or
    «بپیوندید» (see ``_FOLLOW_WORDS``)."""
    lo = -1
    for word, budget in _FOLLOW_WORDS:
        k = u.find(word)
        if k < 0:
            continue
        n = 0
        while k > 0:
            c = u[k - 1]
            if c == "." or c == "،":
                break
            if not c.isspace():
                n += 1
                if n > budget:
                    break
            k -= 1
        lo = k if lo < 0 else min(lo, k)
    return _FOLLOW_US.search(u, lo) if lo >= 0 else None


def _not_a_site(ws: list[str]) -> bool:
    """Words before a dash that open a text but name no site: a desk or genre label, a place, a byline (a given name,
    or two or three words without a site's head or suffix: «سوران خاطری -»)."""
    return not ws or ws[0] in _NOT_A_SITE or ws[0] in GIVEN_NAMES or fold(" ".join(ws)) in DATELINE_PLACES \
        or (len(ws) > 1 and ws[0] not in _HEAD_WORDS and not ws[-1].endswith((*OUTLET_SUFFIXES, "وایر")))


def _publisher_boilerplate(text: str, folded: str | None, no_outlet: bool) -> tuple[str, str | None] | None:
    """The publisher named by its own page furniture, as written in ``text``, else None: a press-review header
    (it overrides an outlet found in the text), or, when ``no_outlet``, a disclaimer about the views published in the
    last 600 characters («... نظرات ... بازتاب دیدگاه X نیست»; «بازتاب دیدگاه هنرمند نیست» in a statement is no
    footer), a self-description or a Sputnik date tag; with the outlet a press review reposts (a known outlet and a
    colon after the headline that follows the header: «... تماشاچی بود فارس : ...»). Each pattern runs only where its
    literal words are."""
    full = folded if folded is not None else mfold(text)
    head = full[:_FURNITURE_HEAD]  # the header furniture comes before the body
    found: list[tuple[re.Match[str], bool]] = []
    if "تاریخ انتشار" in head:
        found += [(m, True) for m in _PRESS_REVIEW.finditer(head)]
    if no_outlet:
        tail = max(0, len(full) - 600)
        if full.find("بازتاب", tail) >= 0 or full.find("بیانگر", tail) >= 0:
            found += [(m, False) for m in _DISCLAIMER.finditer(full, tail) if "نظر" in full[max(0, m.start() - 150):m.start()]]
        k = head.find("یک سازمان بین")
        if k >= 0:
            m = _SELF_DESCRIPTION.search(full, max(0, k - 40), k + 40)
            found += [(m, False)] if m else []
        if "اسپوتنیک" in head:
            m = _SPUTNIK_TAG.search(head)
            found += [(m, False)] if m else []
    for m, review in sorted(found, key=lambda f: (not f[1], f[0].start())):
        a, b = _clean(text, m.start(1), m.end(1))
        if 1 <= len(text[a:b].split()) <= 4:
            km = _KNOWN_COLON.search(full, m.end(), m.end() + 600) if review else None
            return text[a:b], (text[km.start(1):km.end(1)] if km else None)
    return None


def _starts_with_outlet(rest: str) -> bool:
    """``any(rest.startswith(k + " ") or rest == k for k in OUTLETS)`` by set look-ups of ``rest`` and of
    its prefixes that end before a space (a few words, not every outlet name)."""
    if rest in OUTLETS:
        return True
    j = rest.find(" ")
    while j >= 0:
        if rest[:j] in OUTLETS:
            return True
        j = rest.find(" ", j + 1)
    return False


def _known_prefix(t: str, a: int, b: int) -> tuple[int, int]:
    """«ایسنا سردار احمدعلی گودرزی گفت» (a lead without its comma) -> «ایسنا»."""
    piece = t[a:b]
    words = list(re.finditer(r"\S+", piece))
    if len(words) < 3 or piece.startswith(UNIT_HEADS) or (piece.startswith(OUTLET_HEADS) and len(words) <= 5):
        return a, b
    for n in (6, 5, 4, 3, 2, 1):  # «پایگاه خبری اسلام آن لاین نضال عیسی»
        if len(words) > n:
            cand = piece[:words[n - 1].end()]
            if cand in OUTLETS or (n >= 2 and cand.startswith(OUTLET_HEADS) and canonical_source(cand) in _CANON):
                return a, a + words[n - 1].end()
    return a, b


def _looks_like_place(s: str) -> bool:
    return bool(_PLACE_HINT.match(s)) and not any(s.startswith(w) for w in _ORG_WORDS) and not _is_known_outlet(s)


def extract_provenance(text: str, title: str = "", url: str | None = None,
                       source_name: str | None = None, lang: str | None = None,
                       folded: str | None = None, forwarded_from: str | None = None) -> Provenance:
    """Provenance of one article (see module doc). ``source_name``/``url`` give the outlet when the text
    does not name it; an outlet named in the lead that differs from the known publisher becomes the first
    cited source. ``forwarded_from`` (a Telegram post forwarded from another channel) is the nearest
    source: the text, and the chain its lead states, are that channel's."""
    meta_outlet = source_name or outlet_from_url(url) or _outlet_from_title(title)
    guessed = declared = False
    if lang == "en" or (lang is None and _mostly_latin(text[:400])):
        prov = _english(text)
        declared = prov.outlet is not None  # «TEHRAN (Reuters) -»: the dateline declares the publisher
    elif lang == "ar":
        from didban.text import arabic

        prov = arabic.provenance(text)
        declared = True  # Arabic copy: an Arabic outlet («الجزيرة», «رويترز» in Arabic) publishes it
        if not (prov.outlet or prov.cited or prov.unit) and arabic.has_persian(text):  # Persian around Arabic
            prov, guessed, declared = _persian(text, folded if folded is not None and len(folded) == len(text) else None)
            lang = "fa"
    elif _WIKIPEDIA_PAGE.search(text, 0, 300):  # «... از ویکی‌پدیا، دانشنامهٔ آزاد»: the page says what it is
        prov, guessed, declared = Provenance(outlet="ویکی‌پدیا"), False, True
    else:
        prov, guessed, declared = _persian(text, folded if folded is not None and len(folded) == len(text) else None)
        if meta_outlet and guessed:
            # «X به آسوشیتدپرس گفت» only guesses the publisher; a known publisher reported the interview
            prov.outlet = None
        elif not meta_outlet and prov.outlet is None and not prov.cited:
            deep = _deep_lead_outlet(text, folded if folded is not None and len(folded) == len(text) else None)
            if deep is not None:  # («به گزارش X؛ به نقل از Y،» deep in the page: its chain too)
                prov.outlet, prov.cited = deep[0], [_without_days(c) for c in deep[1]]
    written = prov.outlet
    if written and fold(written).startswith(_GENERIC_SOURCES + _CHANNELS):
        prov.cited.insert(0, written)  # «به گزارش رسانه‌ها»: a citation of unnamed media, not a publisher
        written = prov.outlet = None
    if meta_outlet:
        if written and not same_source(written, meta_outlet):
            if not _names_publisher(written, meta_outlet):
                prov.cited.insert(0, written)
            prov.outlet = meta_outlet
        elif not written:
            prov.outlet = meta_outlet
    elif written and canonical_source(written) in _FOREIGN and not declared:
        if not guessed:  # «X به گاردین گفت»: an interview given to a foreign outlet is not the report's origin
            prov.cited.insert(0, written)
        prov.outlet = None
    if forwarded_from and forwarded_from.strip():
        prov.cited.insert(0, forwarded_from.strip())
    # de-duplicate the chain, drop self-citations
    seen = {canonical_source(prov.outlet)} if prov.outlet else set()
    chain = []
    for c in prov.cited:
        k = canonical_source(c)
        if k and k.startswith(("ها", "های")) and fold(c).split()[0] in ("ها", "های", "هایی"):
            continue  # «گزارش‌ها از X حاکی است»: the plural suffix of «گزارش», not a source
        if k and k not in seen:
            seen.add(k)
            chain.append(c)
    # names as written, with Arabic letter forms and spacing cleaned for display
    if lang == "ar":  # Arabic names keep their Arabic letters
        from didban.text.arabic import clean_name as clean
    else:
        clean = clean_name
    prov.outlet = clean(prov.outlet)
    prov.unit = clean(prov.unit)
    prov.cited = [n for n in (clean(c) for c in chain) if n]
    prov.origin = prov.cited[-1] if prov.cited else prov.outlet
    return prov


def _names_publisher(written: str, publisher: str) -> bool:
    """Whether a lead's source is the publisher with its desk around it: «سایت افغانستان خبرگزاری فارس»,
    «خبرگزاری فارس گروه اندیشه», «خبرگزاری فارس مستقر در ...» for «فارس» (a head word and the name, two or
    three words, inside the lead's words)."""
    key = canonical_source(publisher)
    ws = fold(written).split()
    if len(ws) < 3 or not key:
        return False
    for i, w in enumerate(ws):
        if w in _HEAD_WORDS:
            for n in (2, 3):
                if i + n <= len(ws) and canonical_source(" ".join(ws[i:i + n])) == key:
                    return True
    return False


_HEAD_WORDS = frozenset(h for h in OUTLET_HEADS if " " not in h)


def _mostly_latin(s: str) -> bool:
    lat = sum(1 for c in s if "a" <= c.lower() <= "z")
    return lat > 0.5 * max(1, sum(1 for c in s if not c.isspace()))


def _persian(text: str, folded: str | None = None) -> tuple[Provenance, bool, bool]:
    """Provenance read from a Persian text, whether its outlet is only guessed from an interview
    («... به ایران اینترنشنال گفت»), and whether the outlet declares itself the publisher in a footer
    («خبرگزاری آناتولی اخبار خود را ... ارسال می‌کند»: its Persian service, not a foreign source)."""
    lead_end = min(len(text), _LEAD_CHARS)
    t = folded[:lead_end] if folded is not None else mfold(text[:lead_end])
    outlet: str | None = None
    unit: str | None = None
    cited: list[str] = []
    pos = 0
    # «تهران- ایرنا-» datelines
    m = _DATELINE.match(t)
    if m and len(m.group(2).split()) <= 4:
        first, second = m.group(1).strip(), m.group(2).strip()
        if first in OUTLETS and not _is_known_outlet(second):  # «ایرنا- آنکارا-»: outlet first, then the city
            outlet = text[m.start(1):m.end(1)].strip()
        else:
            outlet = text[m.start(2):m.end(2)].strip()
        pos = m.end()
    if outlet is None and "(" in t[:40]:
        m = _PAREN_DATELINE.match(t)
        if m and (m.group(1).strip() in OUTLETS or _is_known_outlet(m.group(1).strip())):
            a, b = _clean(text, m.start(1), m.end(1))
            outlet, pos = text[a:b], m.end()
    if outlet is None and ("-" in t[:40] or "–" in t[:40] or "/" in t[:40]):
        m = _START_DATELINE.match(t)
        if m:
            outlet, pos = text[m.start(1):m.end(1)], m.end()
    dateline_end = -1  # the end of a dateline met after a repeated summary: a lead's source may follow it
    own_dateline: str | None = None
    if outlet is None and " - " in t[:200]:
        m = _INLINE_DATELINE.search(t, 0, 200)
        if m:
            outlet = text[m.start(1):m.end(1)]
    if outlet is None and " - " in t[150:450]:
        # «... است. خبرگزاری X - سردار ...»: the dateline opening the sentence after a summary
        m = _SENTENCE_DATELINE.search(t, 150, 450)
        if m:
            outlet, dateline_end = text[m.start(1):m.end(1)], m.end() - 1  # (the space after the dash)
            own_dateline = outlet  # the page's own dateline: its publisher, foreign name or not («العالم - »)
    if outlet is None and ") -" in t[:400]:
        m = _INLINE_PAREN_DATELINE.search(t, 0, 400)  # «... برسانیم تهران (پانا) - طراح ...» after a headline
        if m and (m.group(1).strip() in OUTLETS or _is_known_outlet(m.group(1).strip())):
            a, b = _clean(text, m.start(1), m.end(1))
            outlet = text[a:b]
    m = _DESK_SLASH.match(t)
    if m and outlet is None:
        unit = text[m.start(1):m.end(1)].strip()
        outlet = text[m.start(2):m.end(2)].strip()
        pos = m.end()
    # «خبرگزاری فارس:», «پایگاه خبری تحلیلی انتخاب (Entekhab.ir) : تسنیم:» at the start (after a page's date, time or
    # news-code lines: «۲۵ تیر ۱۴۰۲ - ۱۸:۲۰⏎خبرگزاری فارس: ...»)
    if outlet is None:
        while (fl := _STAMP_LINE.match(t, pos) or _BREADCRUMB_LINE.match(t, pos)) is not None and fl.end() > pos:
            pos = fl.end()
    while True:
        s = pos
        while s < len(t) and (t[s].isspace() or t[s] in ".-–"):
            s += 1
        m = _COLON_LEAD.match(t, s)
        if not m:
            break
        name = m.group(1).strip()
        if len(name.split()) > 6 or not (_is_known_outlet(name) or name.endswith(OUTLET_SUFFIXES)) \
                or _SAID_IN_NAME.search(name):  # «شبکه الجزیره اعلام کرد:» cites, as below: no publisher's lead
            break
        a, b = _clean(text, m.start(1), m.end(1))
        ns = _NAME_STOP.search(t, a, b)
        if ns and ns.group(0).strip() not in "،," and ns.start() > a:
            b = ns.start()  # «تهران- ایرنا- روزنامه ایران در گزارشی آورده است:»: the name before «در»
        comma = t.find("،", a, b)
        if comma < 0 and (" - " in t[a:b] or " – " in t[a:b]):
            comma = max(t.find(" - ", a, b), t.find(" – ", a, b)) + 1  # «خبرگزاری مهر - گروه بین الملل:»
        if comma > a:  # «خبرگزاری فارس، گروه اندیشه ـ محسن سلگی:»
            ua, ub = _clean(text, comma + 1, b)
            if ub > ua and unit is None:
                unit = text[ua:ub]
            a, b = _clean(text, a, comma)
        if outlet is None:
            outlet = text[a:b]
        elif canonical_source(text[a:b]) != canonical_source(outlet):  # (not the dateline's outlet again)
            cited.append(text[a:b])
        pos = m.end()
    if outlet is None and (".ir)" in t or ".com)" in t):
        # «... صورت نمی‌گیرد پایگاه خبری تحلیلی انتخاب (Entekhab.ir) :  تسنیم: ...»: the site's colon lead with its
        # domain, glued to the headline before it; a second colon lead right after it is the site's source
        dl = _DOMAIN_LEAD.search(t)
        if dl:
            a, b = _clean(text, dl.start(1), dl.end(1))
            outlet = text[a:b]
            k = dl.end()
            while k < len(t) and t[k].isspace():
                k += 1
            nx = _COLON_LEAD.match(t, k)
            if nx and 0 < len(nx.group(1).split()) <= 5 and (_is_known_outlet(nx.group(1).strip())
                                                             or nx.group(1).startswith("روابط عمومی ")):
                a, b = _clean(text, nx.start(1), nx.end(1))  # («... (Entekhab.ir) : روابط عمومی ارتش: ...»)
                cited.append(text[a:b])
    if outlet is None and ":" in t:
        for mm in _MID_COLON_LEAD.finditer(t, 0, len(t)):  # after a repeated summary: up to _LEAD_CHARS
            name = mm.group(1).strip()
            if 0 < len(name.split()) <= 6 and (_is_known_outlet(name) or name.endswith(OUTLET_SUFFIXES)
                                               or name.startswith("روابط عمومی ")) \
                    and not _SAID_IN_NAME.search(name):  # «خبرگزاری فرانسه نیز گزارش داد:» is a citation
                a, b = _clean(text, mm.start(1), mm.end(1))
                outlet = text[a:b]
                k = mm.end()
                while k < len(t) and t[k].isspace():
                    k += 1
                nx = _COLON_LEAD.match(t, k)  # «انتخاب (Entekhab.ir) : جماران: ...»: a second site's colon lead
                if nx and 0 < len(nx.group(1).split()) <= 4 and _is_known_outlet(nx.group(1).strip()):
                    a, b = _clean(text, nx.start(1), nx.end(1))
                    cited.append(text[a:b])
                break
            glued = _glued_site(name)
            if glued and t[mm.end() - 2:mm.end() - 1].isspace():
                # «... پیام داد خبر آنلاین : ...»: a headline glued to the site's lead «خبر آنلاین :»
                b = _clean(text, mm.start(1), mm.end(1))[1]
                outlet = text[b - glued:b]
                break
    if outlet is None and ("گروه" in t or "سرویس" in t):
        dm = _MID_DESK_LEAD.search(t)
        if dm and _is_known_outlet(dm.group(1).strip()):
            a, b = _clean(text, dm.start(1), dm.end(1))
            outlet = text[a:b]
            ua, ub = _clean(text, dm.start(2), dm.end(2))
            unit = unit or text[ua:ub]
    if outlet is None and ("گروه " in t or "سرویس " in t) and ("خبرگزاری" in t or "پایگاه" in t):
        for dm in _DESK_FIRST_LEAD.finditer(t):
            if _is_known_outlet(dm.group(2).strip()):
                a, b = _clean(text, dm.start(2), dm.end(2))
                outlet = text[a:b]
                ua, ub = _clean(text, dm.start(1), dm.end(1))
                unit = unit or text[ua:ub]
                break
    if outlet is None and "؛" in t:
        sl = _semicolon_lead(t)  # «... گران شود. خبرگزاری خانه ملت؛ رحمت الله نوروزی ...»
        if sl:
            a, b = _clean(text, sl[0], sl[1])
            outlet = text[a:b]
    # «به گزارش ...»
    bg = _be_gozaresh(t)
    # «روزنامه جوان، ...، به نقل از X فاش ساخت» opening the article; before a lead, only when the lead goes on with
    # that outlet («... به گزارش ایسنا، نشریه آمریکایی پولیتیکو نوشت»; not «الجزیره به نقل از رویترز گزارش داد ... به
    # گزارش مشرق، منابع محلی ...»: a summary of one fact)
    cb = _CITED_BY.match(t)
    if cb and bg is not None and bg.start() < 650 and t[cb.start(1):cb.end(1)].split()[-1].strip("«»\"") \
            not in t[bg.end():bg.end() + 120]:
        cb = None
    if cb:
        cited.extend(_groups(text, cb))
    if "یه گزارش" in t:  # the typo «یه گزارش ایرنا از ...،» (ی and ب are neighbour keys) before a known outlet
        ye = _YE_GOZARESH.search(t)
        if ye and (bg is None or ye.start() < bg.start()):
            bg = ye
    chain_end = -1
    if bg and bg.start() < 650 and not _deep_paragraph(t, bg.start()) and not _in_related_box(t, bg.start()):
        o, u, c, chain_end = _read_chain(text, t, bg.end())
        if o is None and u is None and not c:
            # «... با استناد به گزارش تجمیعی ... گفت. به گزارش پایگاه اطلاع رسانی وزارت کشور، ...»: a report named in
            # a sentence is no lead; the next «به گزارش» may be
            nb = _BE_GOZARESH.search(t, bg.end(), 650)
            if nb and not _deep_paragraph(t, nb.start()):
                bg = nb
                o, u, c, chain_end = _read_chain(text, t, nb.end())
        o = _single_head(o)
        if o is not None and t[bg.start():bg.end()].lstrip().startswith("گزارش") and not _is_known_outlet(fold(o)):
            c.insert(0, o)  # «گزارش سندیکای کارگران ...،»: an organisation's report, not a publisher
            o = None
        if o is not None:
            if outlet is None:
                outlet = o
            elif canonical_source(o) != canonical_source(outlet):
                cited.append(o)
        if u and unit is None:
            unit = u
        cited.extend(c)
    # «به گزارش ایسنا به نقل از بی بی سی، روزنامه اورشلیم پست روز پنجشنبه اعلام کرد ...»: the outlet the lead's source
    # relays is the subject right after the lead
    if cited and chain_end >= 0:
        ls = _LEAD_SUBJECT_OUTLET.match(t, chain_end + 1)
        if ls:
            a, b = _clean(text, ls.start(1), ls.end(1))
            words = t[a:b].split()
            if not any(w in SUBJECT_STOPS for w in words) and not any(words[-1] in fold(c) for c in cited):
                cited.append(text[a:b])  # (not the lead's own source named again: «... نشریه آمریکایی پولیتیکو»)
    cb = _CITED_BY_AFTER.match(t, chain_end + 1) if chain_end >= 0 and not cited else None
    if cb:
        cited.extend(_groups(text, cb))
    # «به گزارش فارس، رویترز ضمن اعلام این مطلب به نقل از X افزود:» (right after the lead)
    rc = _RELAYED.match(t, chain_end + 1) if chain_end >= 0 else None
    if rc and not cited:
        cited.extend(_groups(text, rc))
    ba = _NEVESHTE_AFTER_LEAD.match(t, chain_end + 1) if chain_end >= 0 and not cited else None
    if ba and (_is_known_outlet(t[ba.start(1):ba.end(1)]) or t[ba.start(1):ba.end(1)].startswith(_OUTLET_HEADS_SPACED)):
        a, b = _clean(text, ba.start(1), ba.end(1))
        cited.append(text[a:b])
    # «به گزارش فارس، بر اساس اعلام X،» (right after the lead)
    bo = _BASED_ON.match(t, chain_end + 1) if chain_end >= 0 else \
        _BASED_ON.match(t, dateline_end) if dateline_end >= 0 else None
    if bo:
        a, b = _clean(text, bo.start(1), bo.end(1))
        if t[bo.start(1):bo.start(1) + 1] == "«" and 0 < t.find("»", a, b) < b:
            b = t.find("»", a, b)  # «بنابر اعلام «دیمیتری پسکوف» سخنگوی ...»: the quoted name without the title
        if len(text[a:b].split()) <= 8:
            cited.append(text[a:b])
    # «طبق گزارش X،», «روزنامه X روز شنبه نوشت»: a source named in the opening sentences, not in the lead
    if not cited:
        oc = _opening_citation(text, t, chain_end + 1 if chain_end >= 0 else 0)
        if oc:
            cited.append(oc)
            st = chain_end + 1 if chain_end >= 0 else 0
            tm = _THIS_OUTLET_RELAYS.search(t, st, min(len(t), st + 700)) if "نقل از" in t[st:st + 700] else None
            if tm:  # «... آسوشیتدپرس گزارش داد ... این خبرگزاری به نقل از شبکه العراقیه نوشت»: the chain goes on
                a, b = _clean(text, tm.start(1), tm.end(1))
                cited.append(text[a:b])
    if not cited and "نقل از" in t:
        # «ساعت 24- ... تاکید کرد. به نقل از شفق نیوز، بلینکن ...»: a sentence opening with a known outlet relayed
        start = chain_end + 1 if chain_end >= 0 else pos
        nm = _NAGHL_OPENING.search(t, start, _opening_end(t, start))
        if nm:
            a, b = _clean(text, nm.start(1), nm.end(1))
            if _is_known_outlet(t[a:b]) or t[a:b].endswith(OUTLET_SUFFIXES) \
                    or (chain_end < 0 and not t[start:nm.start()].strip()):
                cited.append(text[a:b])  # (opening the page, as «به گزارش X،» would: any source)
    # «بنابر گزارش خبرگزاری سودان (سونا)،» in the second or third paragraph of a page without a lead
    if not cited and outlet is None and chain_end < 0:
        lc = _later_agency_citation(text, folded)
        if lc:
            cited.append(lc)
    # «خبرگزاری رویترز گزارش داده است که ...» in the second sentence or paragraph of a page without a lead
    if not cited and chain_end < 0:
        lr = _later_outlet_report(text, t)
        if lr:
            cited.append(lr)
    # «به گزارش ایرنا، گاردین در گزارشی درباره ... نوشت»: a known outlet opening the sentence after the lead reports
    if not cited and chain_end >= 0:
        m = _AFTER_LEAD_REPORTED.match(t, chain_end + 1, _opening_end(t, chain_end + 1))
        if m:
            a, b = _clean(text, m.start(1), m.end(1))
            cited.append(text[a:b])
    # footers: «منبع: X», «برگرفته از خبرگزاری ایلنا»
    # (the last 400 characters before the readers' comments: «منبع: X» above tags, share buttons and comments, and
    # not a reader's «منبع: ...»)
    whole = folded if folded is not None else mfold(text)
    tail_end = comments_start(whole) or len(text)
    tail_start = max(0, tail_end - 400)
    tail = whole[tail_start:tail_end]
    for fm in (_SOURCE_FOOTER.finditer(tail) if ("منبع" in tail or "برگرفته" in tail or "اقتباس" in tail) else ()):
        g = 1 if fm.group(1) else 2
        a, b = _clean(text, tail_start + fm.start(g), tail_start + fm.end(g))
        k = tail.find("شماره", a - tail_start, b - tail_start) + tail_start  # (tail: the folded last 400 characters)
        if k > a:  # «منبع: فصلنامه مطالعات تفسیر - شماره 7»: the journal without its issue
            a, b = _clean(text, a, k)
            b = len(text[:b].rstrip(" -–"))
        if b > a and len(text[a:b].split()) <= 5:
            cited.append(text[a:b])
    declared = False
    if outlet is None and "اخبار خود" in tail:
        om = _OWN_NEWS.search(tail)
        if om:
            a, b = _clean(text, tail_start + om.start(1), tail_start + om.end(1))
            outlet, declared = text[a:b], True
    # «اعتماد آنلاین نوشت: ...»: a republished report
    wl = _WROTE_LEAD.match(t)
    if wl and not cited:
        g = 1 if wl.group(1) else 2
        a, b = _clean(text, wl.start(g), wl.end(g))
        cited.append(text[a:b])
    # «... در گفت‌وگو با خبرنگار فارس در مشهد ...»: the interviewing outlet publishes
    if outlet is None and ("خبرنگار" in t or " با " in t):
        im = _INTERVIEW.search(t)
        if im and not _reported_perfect(t, im.end()):  # «در گفت‌وگو با ایرنا گفته است»: another outlet's
            outlet = text[im.start(1):im.end(1)]
    # «یک منبع ... به ایران‌اینترنشنال گفت»: an outlet that interviewed the source is the publisher
    told: str | None = None
    if outlet is None:
        full = folded if folded is not None else mfold(text)
        span = _told_outlet(full)
        if span:
            outlet = told = text[span[0]:span[1]]
    # «دویچه وله فارسی را در اینستاگرام دنبال کنید»: the publisher's own promotion line
    off = max(0, len(text) - 3000)
    fu = _follow_us(mfold(text[off:])) if (text.find("دنبال کنید", off) >= 0 or text.find("بپیوندید", off) >= 0) \
        else None
    if fu:
        g = 1 if fu.group(1) else 2
        a, b = _clean(text, off + fu.start(g), off + fu.end(g))
        if outlet and canonical_source(outlet) != canonical_source(text[a:b]):
            cited.insert(0, outlet)
        outlet = text[a:b]
    if outlet is None and not cited and ("-" in t[:34] or "–" in t[:34]):
        m = _NAME_DASH_START.match(t)  # «طرفداری- پس از ...», «زیتون– غلامحسین ...»: a site not in the table
        if m and not _not_a_site(m.group(1).split()):
            outlet = text[m.start(1):m.end(1)].strip()
    bp = _publisher_boilerplate(text, folded, outlet is None) if not fu else None
    if bp:  # the page is the publisher's: a lead outlet it names is the one it reposts («فارس :» on a press review)
        name, reposted = bp
        if outlet is None and not cited and reposted:
            outlet = reposted
        if outlet and canonical_source(outlet) != canonical_source(name):
            cited.insert(0, outlet)
        outlet, declared = name, True
    if not cited and "/" in tail:  # «... شود.»/ایرنا»: an agency signed after the last sentence of a repost
        so = _SIGN_OFF.search(tail)
        if so and (outlet is None or canonical_source(outlet) != canonical_source(so.group(1))):
            a, b = _clean(text, tail_start + so.start(1), tail_start + so.end(1))
            cited.append(text[a:b])
    cited = [_without_days(c) for c in cited]
    declared = declared or (own_dateline is not None and outlet is own_dateline)
    return (Provenance(outlet=outlet, unit=unit, cited=cited, origin=None), told is not None and outlet is told,
            declared and outlet is not None)


def _in_related_box(t: str, i: int) -> bool:
    """True when ``i`` lies in a box of other stories («بیشتر بخوانید:» on its line, then their headlines: the span
    the quote reader drops) or on the line right under it, a snippet of one of them: another article's lead."""
    for a, b in related_spans(t):
        if a < b and a <= i:
            k = b
            while k < len(t) and t[k].isspace():
                k += 1
            end = t.find("\n", k)
            if i < (len(t) if end < 0 else end):
                return True
    return False


def _deep_lead_outlet(text: str, folded: str | None) -> tuple[str, list[str]] | None:
    """The (Iranian) agency of a «به گزارش X،» opening a sentence deeper in a page that names no publisher and no
    source anywhere else («... تبریک می‌گویم.به گزارش فارس، X دیروز ...» after the statements), and the chain that
    lead cites («به گزارش X؛ به نقل از Y،» after a repeated summary)."""
    full = folded if folded is not None else mfold(text)
    i = full.find("به گزارش ")
    while i > 0 and (full[i - 1].isalnum() or full[i - 1] == "_"):
        i = full.find("به گزارش ", i + 1)  # («...نوشتهبه گزارش»: «به» glued to the word before is no lead)
    if i < 0 or _in_related_box(full, i):
        return None
    j = i - 1
    while j >= 0 and full[j].isspace():
        j -= 1
    if j >= 0 and full[j] not in ".!؟" and "\n" not in full[j:i]:
        return None  # «... اما به گزارش خبرگزاری فارس، ...»: inside a sentence, one fact's source
    k = i + 9
    while k < len(full) and full[k].isspace():
        k += 1
    o, _u, c, _end = _read_chain(text, full, k)
    if o is not None and _is_known_outlet(fold(o)) and canonical_source(o) not in _FOREIGN \
            and not fold(o).startswith(_GENERIC_SOURCES + _CHANNELS):  # («به گزارش رسانه‌های محلی،»: one fact's)
        return o, c
    return None


def _without_days(name: str) -> str:
    """A cited name without a day glued to it: «روز پنجشنبه مرکز رسانه ...» -> «مرکز رسانه ...», «خبرگزاری کار
    ایران چهارشنبه ۱۷ شهریور» -> «خبرگزاری کار ایران»."""
    f = mfold(name)
    if len(f) != len(name):
        return name
    m = _TIME_WORDS.match(f)
    if m and m.end() < len(f):
        name, f = name[m.end():], f[m.end():]
    m = _TIME_INSIDE.search(f)
    if m and m.start() > 0 and len(f[:m.start()].split()) >= 2:
        name = name[:m.start()]
    return name.strip()


def _single_head(name: str | None) -> str | None:
    """«خبرگزاری خبرگزاری فارس» (a head word typed twice) -> «خبرگزاری فارس»."""
    if name is None or " " not in name:
        return name
    first, rest = name.split(" ", 1)
    return rest if first in OUTLET_HEADS and rest.startswith(first + " ") else name


def _semicolon_lead(t: str) -> tuple[int, int] | None:
    """Span of a site lead closed by «؛» at the start of the text or of a sentence («... شود. خبرگزاری خانه ملت؛
    ...», after a repeated summary): a known outlet or a name with an outlet head, at most five words."""
    k = t.find("؛")
    while k >= 0:
        a = max(t.rfind(c, 0, k) for c in ".!؟»\n") + 1
        name = t[a:k].strip()
        if name and len(name.split()) <= 5 and "،" not in name and ":" not in name and not _SAID_IN_NAME.search(name) \
                and (canonical_source(name) in _CANON or name.startswith(_OUTLET_HEADS_SPACED)):
            return a, k
        k = t.find("؛", k + 1)
    return None


_STOP_AFTER_NAME = r"(?:روز|امروز|دیروز|امشب|دیشب|صبح|ظهر|عصر|شب|شامگاه|بامداد|بعدازظهر|بعد|با|در|به|که|مبنی|برای|درباره|پیرامون|طی|از)"
_ACCORDING_REPORT = re.compile(
    r"(?:^|[\s،])(?:طبق|بنا\s*(?:به|بر)|بر\s*اساس|براساس)\s+گزارش\s+(?!(?:این|همین|آن|این\s+ها|ها|های|هایی)[\s،,])"
    rf"([^،,؛:\n.]{{3,80}}?)(?:\s*[،,]|(?=\s{_STOP_AFTER_NAME}\s))")
_BE_NEVESHTE = re.compile(r"(?:^|(?<=[.!؟\n]))\s*به\s+نوشته\s+([^،,:\n.]{2,60}?)\s*[،,]")
_SECOND_LEAD = re.compile(r"\n\s*به\s+(?:گزارش|نوشته)\s+([^،,:\n]{2,60}?)\s*[،,]")  # «به نوشته خبرگزاری «رویترز»،»
_FOREIGN_ALT = alternation(sorted((k for k, v in OUTLETS.items() if v in FOREIGN and not k.isascii()),
                                   key=lambda k: len(re.escape(k)), reverse=True))
_OUTLET_REPORTED = re.compile(
    rf"(?:^|(?<=[\s.!؟»\n]))((?:{'|'.join(OUTLET_HEADS)})\s[^.!؟\n:،,]{{1,70}}?|(?:{_FOREIGN_ALT}))"
    r"\s+(?:(?:نوشت|خبر\s+داد|گزارش\s+داد|فاش\s+(?:کرد|ساخت)|مدعی\s+شد)(?:ه\s+(?:است|اند))?"
    r"|می\s?نویسد|(?:خبر|گزارش)\s+می\s?دهد)(?![\w])")
_LEAD_SUBJECT_OUTLET = re.compile(
    rf"\s*((?:{'|'.join(OUTLET_HEADS)})\s[^.!؟\n:،,«»]{{1,40}}?)\s+(?:{_TIME_WORDS.pattern})?"
    r"(?:نوشت|اعلام\s+کرد|گزارش\s+داد|خبر\s+داد)(?![\w])")
_HEAD_QUOTED = re.compile(rf"(?:{'|'.join(OUTLET_HEADS)})\s+[«\"“]([^»\"”]{{2,30}})[»\"”]")  # «نشریه «بیلد»
_QUOTED_OUTLET = re.compile(rf"(?:{'|'.join(OUTLET_HEADS)})\s+((?:[^\s«\"“»]+\s+){{1,2}})?[«\"“]([^»\"”]{{2,30}})[»\"”]")
_REPORTED_VERB_WORDS = ("نوشت", "داد", "فاش", "مدعی", "نویسد", "دهد")  # every verb of _OUTLET_REPORTED has one
_RECEIVED = ("دریافتی", "رسیده", "های رسیده")
_PREPOSITIONS = frozenset(("در", "به", "از", "با", "برای", "طی", "توسط"))
_SOCIAL = ("شبکه اجتماعی", "شبکه های اجتماعی", "صفحه", "حساب")
_SENTENCE_MARK = re.compile(r"(?:[.!؟]\s|\n)\s*+")  # blank lines after a paragraph end one sentence, not two
_OUR = (" ما", " ما از")  # «خبرنگار ما», «گزارشگر اعزامی ما»: the publisher itself


def _opening_end(t: str, start: int) -> int:
    """End of the two sentences after ``start`` (at most 500 characters)."""
    end = start
    for _ in range(2):
        m = _SENTENCE_MARK.search(t, end + 1)
        end = m.end() if m else len(t)
    return min(end, start + 500, len(t))


def _opening_citation(text: str, t: str, start: int) -> str | None:
    """The source of a report named in the two sentences after the lead (or at the start of a page without
    one), when the lead names only the publisher: «طبق گزارش خبرگزاری فرانسه،», «بنا به گزارش X بعدازظهر
    ...», a second paragraph «به گزارش شبکه خبری بی بی سی،», or a re-published report without a colon
    («روزنامه واشنگتن پست روز شنبه نوشت ...», «نشریه «بیلد» آلمان خبر داد ...»)."""
    end = _opening_end(t, start)
    best: tuple[int, int, int] | None = None
    window = t[start:end]
    has_report, has_verb = "گزارش" in window, any(v in window for v in _REPORTED_VERB_WORDS)
    for rx in (_ACCORDING_REPORT, _SECOND_LEAD, _OUTLET_REPORTED):
        if not (has_verb if rx is _OUTLET_REPORTED else has_report or (rx is _SECOND_LEAD and "نوشته" in window)):
            continue  # cheap gate: each pattern needs its literal word
        m = rx.search(t, start, end)
        if m is None:
            continue
        a, b = _clean(text, m.start(1), m.end(1))
        name = t[a:b]
        if name.endswith(_OUR):
            continue  # «بنا به گزارش خبرنگار ما»: the publisher's own reporter, no source
        if rx is _SECOND_LEAD and not (_is_known_outlet(name) or name.endswith(OUTLET_SUFFIXES)):
            continue
        if rx is _OUTLET_REPORTED:
            q = _QUOTED_OUTLET.match(t, a, b)
            known = q is not None and q.group(2).strip() in OUTLETS and "نقل از" not in name
            if known:  # «روزنامه صهیونیستی «جروزالم پست» از ... خبر داد»: a known outlet's quoted name alone
                a, b = q.start(2), q.end(2)  # type: ignore[union-attr]
                name = t[a:b]
            if m.group(0).endswith(("است", "اند")) and (not (known or name in OUTLETS)
                                                       or _SENTENCE_MARK.search(t, start + 1, m.start())):
                continue  # «... خبر داده است»: a known outlet, in the first sentence after the lead only
            before = t[max(0, m.start() - 12):m.start()].split()
            if " را " in f" {name} " or len(name.split()) > 8 \
                    or (before and before[-1] in _PREPOSITIONS) or name.startswith(_SOCIAL):
                continue  # «در شبکه اجتماعی توییتر نوشت»: a place of publication, not a source
            cut = re.search(rf"\s(?:{_STOP_AFTER_NAME}|ضمن)(?=\s|$)", t[a:b])
            if cut:  # «خبرگزاری X از بغداد گزارش می‌دهد»: the name ends before the adverbial
                b = a + cut.start()
            q = None if known else _HEAD_QUOTED.match(t[a:b])
            if q:  # «نشریه «بیلد» آلمان»: the quoted name closes the outlet's name
                b = a + q.end()
        if b > a and (best is None or m.start() < best[0]):
            best = (m.start(), a, b)
    if best is None and "گزارش" in t[end:end + 400]:
        # «بنا بر گزارش نشریه X،» in the third sentence, after the lead and a sentence presenting the report
        sm = _SENTENCE_MARK.search(t, end + 1)
        end3 = min(sm.end() if sm else len(t), start + 700)
        m = _ACCORDING_REPORT.search(t, end - 1, end3)
        if m and t[m.end() - 1] in "،,":
            a, b = _clean(text, m.start(1), m.end(1))
            br = t.find("(", a, b)
            if br > a:  # «خبرگزاری کنیا (کنا)»: without the bracketed abbreviation
                a, b = _clean(text, a, br)
            if t[a:b].startswith(_OUTLET_HEADS_SPACED) and not t[a:b].endswith(_OUR):
                best = (m.start(), a, b)
    if best is None and "نوشته" in t[start:start + 900]:
        # «به گزارش گروه بین‌الملل خبرگزاری فارس، [summary]. به نوشته پایگاه خبری «اردو پوینت»، ...»: the report the
        # desk's copy is built on, opening one of the three sentences after the lead
        sm = _SENTENCE_MARK.search(t, end + 1)
        end3 = min(sm.end() if sm else len(t), start + 900)
        m = _BE_NEVESHTE.search(t, start, end3)
        if m:
            a, b = _clean(text, m.start(1), m.end(1))
            if (_is_known_outlet(t[a:b]) or t[a:b].startswith(_OUTLET_HEADS_SPACED)) and not t[a:b].endswith(_OUR):
                best = (m.start(), a, b)
    if best is None:
        return None
    name = text[best[1]:best[2]].strip()
    return name if len(name.split()) <= 10 else None


_PERFECT_SAID = ("گفته است", "گفته بود", "گفته اند")


def _reported_perfect(t: str, i: int) -> bool:
    """True when the sentence after ``i`` reports the statement in the perfect («... در گفت‌وگو با ایرنا گفته
    است»): the interview was given to that outlet, and the article's publisher reports it."""
    w = t[i:i + 80]
    dot = w.find(".")
    if dot >= 0:
        w = w[:dot]
    return any(p in w for p in _PERFECT_SAID)


def _deep_paragraph(t: str, i: int) -> bool:
    """True when ``i`` lies in the fourth paragraph or later: a «به گزارش X،» there attributes one fact, it is not
    the article's lead."""
    return sum(1 for p in t[:i].split("\n")[:-1] if _body_paragraph(p.strip())) >= 3


def _body_paragraph(p: str) -> bool:
    """A paragraph of the report, not a page's short furniture line above it (a news code, a date, a headline with no
    full stop: «کد خبر ۷۸۲۳۱۴», «۲۷ تیر ۱۴۰۲ ۰۹:۴۰»)."""
    return len(p) >= 80 or (bool(p) and p[-1] in ".!؟?:؛»")


_LATER_CHARS = 1500
# a known outlet opening a sentence and reporting in it: «روزنامه بریتانیایی گاردین روز پنج‌شنبه، اول مهرماه، گزارش
# داد», «خبرگزاری فرانسه روز یکشنبه ... خبر از سقوط شهر قندوز داده است», «پایگاه خبری "واشنگتن فری بیکن" می‌نویسد»
_SENTENCE_START = re.compile(r"[.!؟\n][.!؟\s\u200b]*")
_REPORTING_OUTLET = rf"[ \t\u200b]*+(?:(?:{'|'.join(OUTLET_HEADS)})\s+(?:[^\s.!؟\n:،,«»\"]+\s+){{0,2}})?[«\"“]?({_KNOWN_ALT})[»\"”]?(?![\w])"
_REPORT_VERBS = (r"گزارش\s+(?:داد|داده\s+است|می\s?دهد)|نوشت|نوشته\s+است|می\s?نویسد|خبر\s+(?:داد|داده\s+است)|"
                 r"خبر\s+از\s+[^.!؟\n]{1,60}?\s(?:داد|داده\s+است)")
_REPORTS = rf"(?:{_REPORT_VERBS})(?![\w])(?!\s*:)"
_LATER_REPORTED = re.compile(rf"{_REPORTING_OUTLET}(?:[^.!؟\n«»:]{{0,90}}?\s)??{_REPORTS}")
# after a lead, the outlet's piece may also be what it turned to («روزنامه X در شماره امروز خود به بررسی ...
# پرداخته است», «... به ... اختصاص داده است»)
_REPORTS_AFTER = rf"(?:{_REPORT_VERBS}|پرداخته\s?است|پرداخت|اختصاص\s+داده\s?است|اختصاص\s+داد)(?![\w])(?!\s*:)"
# the same right after a lead, where the verb may come later («به گزارش ایرنا، روزنامه «هاآرتص» در یادداشتی به قلم
# «...» به ... پرداخته و نوشت»); the lead-less reader keeps the short reach (300 characters there cost one
# development article)
_AFTER_LEAD_REPORTED = re.compile(rf"{_REPORTING_OUTLET}(?:[^.!؟\n:]{{0,300}}?\s)??{_REPORTS_AFTER}")


def _later_outlet_report(text: str, t: str) -> str | None:
    """A known outlet that reports, as the subject of a sentence in the first two paragraphs of a page without a
    lead, the news the page is built on (not «X گزارش داد:», which introduces a quotation). ``t`` is the folded
    lead window (``_LEAD_CHARS``; the first 1,500 characters gave the same development figures)."""
    end = min(len(t), _LATER_CHARS)
    paragraphs = 0
    s = 0
    while s < end:  # each sentence start, the pattern anchored there (a search would try every position)
        m = _LATER_REPORTED.match(t, s, end)
        if m:
            a, b = _clean(text, m.start(1), m.end(1))
            return text[a:b]
        nx = _SENTENCE_START.search(t, s, end)
        if nx is None:
            break
        if "\n" in nx.group(0) and t[s:nx.start()].strip():
            paragraphs += 1
            if paragraphs >= 2:
                break  # (the first two paragraphs only)
        s = nx.end()
    return None


def _later_agency_citation(text: str, folded: str | None) -> str | None:
    """A news agency named by «طبق/بنابر/بر اساس گزارش خبرگزاری X،» in the first three paragraphs of a page
    without a lead (the wire copy the article is built on), without a bracketed abbreviation «(سونا)»."""
    t = folded[:_LATER_CHARS] if folded is not None else mfold(text[:_LATER_CHARS])
    k = t.find("گزارش")
    while k >= 0 and not _deep_paragraph(t, k):
        m = _ACCORDING_REPORT.search(t, max(0, k - 12), k + 200)
        if m and m.start(1) >= k and t[m.end() - 1] in "،,":  # the name closed by its comma
            a, b = _clean(text, m.start(1), m.end(1))
            br = t.find("(", a, b)
            if br > a:
                a, b = _clean(text, a, br)
            name = t[a:b]
            if name.startswith(_OUTLET_HEADS_SPACED):  # «طبق گزارش ایرنا» alone: often an interview's outlet
                return text[a:b]
        k = t.find("گزارش", k + 5)
    return None


def _glued_site(name: str) -> int:
    """Length of a site name (two words or more, or a name ending in «نیوز»/«آنلاین»/«پرس», or a news agency)
    that ends ``name``, a headline glued to the site's lead «... خبر آنلاین :»; 0 when none."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            if tail in OUTLETS and (n >= 2 or tail.endswith(OUTLET_SUFFIXES) or tail in _AGENCIES) \
                    and not _SAID_IN_NAME.search(tail):
                return len(tail)
    return 0


_TOLD_BEFORE = re.compile(rf"(?:به|با)\s+«?({_KNOWN_ALT})»?\s+$")
_NEWS_REACHING = re.compile(rf"خبرهای\s+رسیده\s+به\s+«?({_KNOWN_ALT})")
_ASKED_BY = re.compile(rf"(?:پرسش|سوال|سؤال)\s++(?:[^\s.،,]+[،,]?\s++){{0,3}}خبرنگار\s++«?({_KNOWN_ALT})(?![\w])")


def _told_outlet(t: str) -> tuple[int, int] | None:
    """Span of the outlet in the first «به/با X گفت» or «خبرهای رسیده به X» of ``t``, found from the few
    «گفت» occurrences instead of trying every outlet name at every «به»."""
    best: tuple[int, int, int] | None = None
    i = t.find("گفت")
    while i >= 0:
        m = _TOLD_BEFORE.search(t, max(0, i - 60), i) if t[i + 3:i + 4] != "ه" else None  # «گفته است»: reported
        if m:
            best = (m.start(), m.start(1), m.end(1))
            break
        i = t.find("گفت", i + 1)
    if "رسیده" in t:
        m = _NEWS_REACHING.search(t)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.start(1), m.end(1))
    if best is None and "خبرنگار" in t:
        # «به پرسش سارا X، خبرنگار صدای آمریکا، ... گفت»: the question was the publisher's reporter's
        for word in ("پرسش", "سوال", "سؤال"):  # the literal first: a match tried only where the word is
            i = t.find(word)
            while i >= 0:
                m = _ASKED_BY.match(t, i)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), m.start(1), m.end(1))
                    break
                i = t.find(word, i + 1)
    return (best[1], best[2]) if best else None


def _read_chain(text: str, t: str, start: int) -> tuple[str | None, str | None, list[str], int]:
    """Parse «X [از Y] [به نقل از Z [به نقل از W]]،» starting at ``start`` (after «به گزارش»)."""
    m = _TIME_WORDS.match(t, start)
    if m:
        start = m.end()
    if t.startswith("(", start):
        m = _PAREN_DAY.match(t, start)
        if m:
            start = m.end()
    if t.startswith(_RECEIVED, start):  # «به گزارش دریافتی از اصفهان،»: a report the outlet received, no source
        return None, None, [], -1
    end_m = _DELIM.search(t, start)
    end = end_m.start() if end_m else min(len(t), start + 120)
    seg_end = end
    # long segment without a delimiter: the lead lacks its comma («به گزارش ایسنا سردار ... گفت:»)
    n_words = len(t[start:end].split())
    if not end_m or n_words > 30 or (n_words > 14 and "نقل از" not in t[start:end]):
        words = list(re.finditer(r"\S+", t[start:end]))
        seg_end = start
        for n in (4, 3, 2, 1):
            if len(words) >= n:
                cand = t[start:start + words[n - 1].end()]
                if canonical_source(cand) in _CANON or cand in OUTLETS:
                    seg_end = start + words[n - 1].end()
                    break
        if seg_end == start and t.startswith(_ORG_WORDS, start):
            # «به گزارش روابط عمومی شورای اسلامی شهر تهران حسن زیاری و ...»: the source runs into a name
            cut = _cut_person(t, start, end, text)
            seg_end = cut if cut < end else start
        if seg_end == start:
            return None, None, [], -1
    parts: list[tuple[int, int]] = []
    p = start
    for nm in _NAGHL.finditer(t, start, seg_end):
        parts.append((p, nm.start()))
        p = nm.end()
    parts.append((p, seg_end))
    first_a, first_b = parts[0]
    # «X از Y»: a desk city (unit) or a cited source
    unit: str | None = None
    cited: list[str] = []
    azm = None
    for am in _AZ.finditer(t, first_a, first_b):
        azm = am
        break
    if azm is not None:
        after_a, after_b = _clean(text, azm.end(), first_b)
        after = t[after_a:after_b]
        first_b = azm.start()
        if _looks_like_place(after):
            unit = text[after_a:after_b]
        elif after and not after.startswith(_ORG_WORDS) and len(after.split()) >= 3 and not _is_known_outlet(after):
            # «از ماکو کوجی هاندا» (a desk city followed by the sentence, no comma)
            unit = text[after_a:after_a + len(after.split()[0])]
            rest = after_a + len(after.split()[0]) + 1
            if t.startswith(OUTLET_HEADS, rest):  # «فرانسه از کویت روزنامه القبس امروز به نقل از ...»
                ws = t[rest:after_b].split()
                n = next((i for i, w in enumerate(ws) if i >= 2 and (w in _TIME_SET or _TIME_INSIDE.match(" " + w))),
                         len(ws))
                cited.append(text[rest:rest + len(" ".join(ws[:n]))])
        elif after:
            hq = _HEAD_QUOTED.match(after)
            # «ایرنا از روزنامه « دِ کریا هرالد » کره جنوبی»: the quoted name closes the source's name
            cited.append(text[after_a:after_a + hq.end() if hq else _trim_cited(t, after_a, after_b)])
    # time words inside («به گزارش روز پنجشنبه ایرنا», «به گزارش ایرنا روز شنبه»)
    tm = _TIME_INSIDE.search(t, first_a, first_b)
    if tm:
        first_b = tm.start() if tm.start() > first_a else first_b
    if t[first_a:first_a + 1] == "«":
        close = t.find("»", first_a, first_b)
        if close > 0:
            first_b = close
    a, b = _clean(text, first_a, first_b)
    b = _cut_person(t, a, b, text)
    a, b = _known_prefix(t, a, b)
    unit_span, (oa, ob) = _split_unit(t, a, b)
    outlet = text[oa:ob].strip() or None
    if outlet and unit_span and t[oa:ob].split()[0] == "ما":
        outlet = None  # «به گزارش خبرنگار ما،», «گروه سیاسی ما»: the publisher's own reporter or desk
    press_office = None
    if outlet and (t.startswith(("روابط عمومی ", "اداره کل روابط عمومی ", "مرکز روابط عمومی "), oa)
                   or _GOVERNMENT_SITE.match(t, oa)) and not unit_span:
        # «به گزارش روابط عمومی مرکز X،»: a press office's release is the cited source, not a publisher or a desk;
        # so is a government body's own information site («به گزارش پایگاه اطلاع‌رسانی وزارت کشور،»)
        press_office, outlet = outlet, None
    cm = re.search(r"\s(?:مرکز|دفتر)\s", t[oa:ob])
    if outlet and cm and cm.start() > 0:
        unit = text[oa + cm.start() + 1:ob].strip()
        outlet = text[oa:oa + cm.start()].strip()
    # «خبرنگار مهر در هشتگرد», «ایسنا منطقه البرز»: a known outlet followed by its desk place
    dm = re.search(r"\s(?:در|منطقه|به)\s", t[oa:ob])  # «خبرنگار اعزامی فارس به عراق»
    if outlet and dm and dm.start() > 0 and _is_known_outlet(t[oa:oa + dm.start()]):
        desk = text[oa + (dm.end() if t[oa + dm.start() + 1] == "د" else dm.start() + 1):ob].strip()
        unit = f"{unit} ({desk})" if unit else desk
        outlet = text[oa:oa + dm.start()].strip()
    # «خبرنگار اعزامی فارس کرمان»: a news agency followed by its provincial desk (one word, no outlet name)
    ws = t[oa:ob].split()
    if outlet and len(ws) == 2 and OUTLETS.get(ws[0]) in _AGENCIES and t[oa:ob] not in OUTLETS \
            and canonical_source(t[oa:ob]) not in _CANON and not ws[1].endswith(OUTLET_SUFFIXES):
        desk = text[oa + len(ws[0]):ob].strip()
        unit = f"{unit} ({desk})" if unit else desk
        outlet = text[oa:oa + len(ws[0])].strip()
    if unit_span:
        u = text[unit_span[0]:unit_span[1]]
        unit = f"{u} ({unit})" if unit else u
    for a2, b2 in parts[1:]:
        ca, cb = _clean(text, a2, b2)
        cut = _cut_person(t, ca, cb, text)
        if cut >= cb or not (t[ca:cut] in _OWNER_HEADS and t[cb:cb + 1] in ("،", ",")):
            cb = cut  # «به نقل از پایگاه اطلاع‌رسانی X Y،»: the site of the person X Y, closed by its comma
        q = _skip_sep(t, a2)
        close = t.find('"»'[t[q] == "«"], q + 2, cb) if t[q:q + 1] in ('"', "«") else -1
        if close > 0 and t[close + 1:cb].strip():  # «به نقل از "خالد المظف" مسئول ...»: the quoted name
            cb = close
        if cb > ca and len(t[ca:cb].split()) > 6:
            # «به نقل از رویترز عربستان ...»: a lead without its comma after a known outlet
            cb = _known_prefix(t, ca, cb)[1]
        if cb > ca and len(t[ca:cb].split()) > 6:
            # «بانک مرکزی روسیه در سه ماهه دوم ...»: a lead without its comma, the name ends at a preposition
            stop = _NAME_STOP.search(t, ca, cb)
            if stop and t.startswith(" این ", stop.start()) and t.startswith(_ORG_WORDS, stop.end()):
                # «به نقل از روابط عمومی این سازمان در ...»: «این سازمان» is part of the name
                stop = _NAME_STOP.search(t, stop.end() + len(t[stop.end():cb].split(" ", 1)[0]), cb) or stop
            if stop and t.startswith(" در ", stop.start()) and len(t[stop.end():cb].split()) == 1 \
                    and t[cb:cb + 1] in ("،", ","):
                stop = None  # «به نقل از دفتر ... نجباء در ایران،»: a one-word place closing the name before its comma
            if stop and len(t[ca:stop.start()].split()) >= 2:
                cb = stop.start()
        vm = _REPORT_VERB_END.search(t, ca, cb)
        if vm and vm.start() > ca:  # «به نقل از دادسرای ... آمده است:»: the verb is not part of the name
            cb = vm.start()
        cb = _trim_cited(t, ca, cb)
        az = t.find(" از ", ca, cb)
        if az > ca and _is_known_outlet(t[ca:az]) and len(t[az + 4:cb].split()) == 1:
            cb = az  # «به نقل از فارس از ورامین»: the cited agency's desk city is not part of its name
        if cb > ca:
            cited.append(text[ca:cb])
    if press_office:
        cited.insert(0, press_office)
    if cited and t[seg_end:seg_end + 1] in ("،", ",") and fold(cited[-1]) == "روابط عمومی":
        # «به نقل از روابط عمومی، سازمان راهداری ... این سازمان»: a stray comma inside the name
        k = _skip_sep(t, seg_end)
        if t.startswith(_ORG_WORDS, k):
            stop = _NAME_STOP.search(t, k, min(len(t), k + 100))
            e = stop.start() if stop else k
            if e > k:
                cited[-1] = f"{cited[-1]} {text[k:e].strip()}"
                seg_end = e
    if cited and t[seg_end:seg_end + 1] in ("،", ","):
        # «به نقل از روابط عمومی اداره‌کل میراث فرهنگی، صنایع‌دستی و گردشگری استان گلستان،»: an official name
        # with a comma inside
        k = _skip_sep(t, seg_end)
        for head, tail in _COMMA_NAMES:
            if t.startswith(tail, k) and mfold(cited[-1]).endswith(head):
                e = _DELIM.search(t, k + len(tail))
                e_pos = e.start() if e else min(len(t), k + len(tail) + 60)
                if len(t[k:e_pos].split()) <= len(tail.split()) + 4:
                    cited[-1] = cited[-1] + text[seg_end:e_pos].rstrip()
                    seg_end = e_pos
                break
    while True:
        k = _skip_sep(t, seg_end)
        nm = _NAGHL_START.match(t, k)
        if not nm:
            break
        e = _DELIM.search(t, nm.end())
        e_pos = e.start() if e else min(len(t), nm.end() + 80)
        n_words = len(t[nm.end():e_pos].split())
        # «به نقل از رویترز این در حالی است ...»: a known outlet, then the sentence (no comma)
        cut = _known_prefix(t, nm.end(), e_pos)[1] if n_words > 6 else e_pos
        if cut >= e_pos and n_words > 10:
            cut = _cut_person(t, nm.end(), e_pos, text)
        if cut < e_pos or n_words > 10:  # no comma closes this source: the chain ends with it (if it was found)
            if cut < e_pos:  # «به نقل از روابط عمومی شرکت ... محارم نجفی مدیرعامل ... گفت»: no comma
                ca, cb = _clean(text, nm.end(), cut)
                cited.append(text[ca:cb])
            break
        ca, cb = _clean(text, nm.end(), e_pos)
        if cb > ca:
            cited.append(text[ca:cb])
        seg_end = e_pos
    return outlet, unit, cited, seg_end


# official names written with a comma inside (the part before it, the part after it; mfold forms)
_COMMA_NAMES = (("میراث فرهنگی", "صنایع دستی و گردشگری"), ("علوم", "تحقیقات و فناوری"),
                ("تعاون", "کار و رفاه اجتماعی"), ("صنعت", "معدن و تجارت"))
_AGENCIES = frozenset(("ایسنا", "ایرنا", "فارس", "تسنیم", "مهر", "ایلنا", "ایکنا", "میزان", "پانا", "برنا", "آنا", "شانا",
                       "ایبنا", "ایمنا", "ابنا"))
_ONE_OF = re.compile(r"\s+از\s+(?:مقامات|اعضای|مسئولان|مسئولین|فرماندهان|نمایندگان|سران|رهبران|کارشناسان|سخنگویان)\s")


_OWNER_HEADS = frozenset(("پایگاه اطلاع رسانی", "پایگاه اینترنتی", "پایگاه رسمی", "سایت", "سایت رسمی", "وبسایت",
                          "وب سایت", "کانال تلگرام", "کانال رسمی", "صفحه شخصی", "صفحه رسمی", "حساب توییتر"))


def _trim_cited(t: str, a: int, b: int) -> int:
    """End of a cited name at ``t[a:b]``: before «از مقامات ...» of «ساروقادر از مقامات حزب ...» (the
    person's description)."""
    if " از " in t[a:b]:
        m = _ONE_OF.search(t, a, b)
        if m and m.start() > a:
            return m.start()
    return b


def _cut_person(t: str, a: int, b: int, text: str) -> int:
    """End of a source name at ``t[a:b]`` before a person's name that runs into it when the lead lacks its
    comma («به گزارش خبرگزاری‌ها آقای مکنزی»): :func:`didban.text.quotes.person_start`; ``b`` when none.
    ``text`` (the unfolded article, same offsets as ``t``) tells the words glued by a ZWNJ apart."""
    words = list(re.finditer(r"\S+", t[a:b]))
    if len(words) < 2:
        return b
    joined = frozenset(i for i, w in enumerate(words) if i and text[a + w.start() - 1] == "\u200c")
    k = person_start([w.group(0) for w in words], joined)
    return a + words[k - 1].end() if k else b


_REPORT_VERB_END = re.compile(r"\s+(?:آمده\s+است|آمده|نوشت|نوشته\s+است|گزارش\s+داد|اعلام\s+کرد)\s*$")
_NAGHL_START = re.compile(r"(?:و\s+)?به\s+نقل\s+از\s*")  # («به نقل ازرویترز», as _NAGHL)


def _skip_sep(t: str, i: int) -> int:
    while i < len(t) and (t[i].isspace() or t[i] in "،,؛;"):
        i += 1
    return i


def _english(text: str) -> Provenance:
    lead = text[:_LEAD_CHARS]
    outlet = None
    cited: list[str] = []
    m = _EN_DATELINE.match(lead)
    if m:  # «TEHRAN (Reuters) -»: the agency's own report (a publisher known from metadata makes it a citation)
        outlet = m.group(1)
    m = _EN_CITING.search(lead) or _EN_REPORTED_CITING.search(lead) or _EN_COMMA_CITING.search(lead)
    acc = _EN_ACCORDING.search(lead, 0, m.start()) if m else None
    if acc and len(acc.group(1).split()) <= 6:  # «According to IRNA, ...» opens the page: the lead's source first
        cited.append(_strip_en(acc.group(1)))
    elif m:
        cited.append(_POSSESSOR.sub("", m.group(1).strip().removeprefix("The ").strip()))  # «Iran's Tasnim ...»
        cited.append(_strip_en(m.group(2)))
    else:
        m = _EN_REPORTED.search(lead)
        if m and len(m.group(1).split()) <= 5 and _en_name(m.group(1).strip().removeprefix("The ")):
            cited.append(m.group(1).strip().removeprefix("The ").strip())
        m = _EN_REPORTED_BY.search(lead)
        if m:
            cited.append(_strip_en(m.group(1)))
        m = None if cited else _EN_REPORTED_AFTER.search(lead)
        if m:  # «Iran said it would respond, state media reported.», «..., the judiciary's Mizan news agency reported.»
            name = _EN_OUTLET_DESC.sub("", m.group(1))
            cited.append(_POSSESSOR.sub("", re.sub(r"^(?:the\s+)?(?:[\w-]+['’]s\s+)?" + _EN_DESCR, "",
                                                   name)) or _strip_en(name))
        m = _EN_ACCORDING.search(lead)
        if m and len(m.group(1).split()) <= 6:
            cited.append(_strip_en(m.group(1)))
    return Provenance(outlet=outlet, unit=None, cited=cited, origin=None)


def _en_name(s: str) -> bool:
    """Whether ``s`` reads as an outlet's name: capitalised words and the few lower-case words of such names."""
    words = s.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _EN_NAME_WORDS for w in words)


def _strip_en(s: str) -> str:
    s = re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.I)
    return re.split(r"\s+(?:as|which|who|that|on|in)\s+", s)[0].strip(" \"'")
