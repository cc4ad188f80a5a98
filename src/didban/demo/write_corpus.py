"""Writes ``corpus.jsonl``: the invented demo corpus (``python -m didban.demo.write_corpus``).

Every item is fiction written for didban: multi-report stories (the same event told by
several outlets, some near-copies, some citing each other, some spanning days) from
``demo/stories.py`` and single reports composed from the hand-written frames in
``demo/frames.py``. Deterministic (fixed seed). Persian items get the habits of real
wire copy: attribution leads, Persian digits, Jalali dates in the text, and on some
items Arabic letter forms (ي/ك) or missing ZWNJ.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jdatetime

START = date(2026, 9, 15)
DAYS = 72  # 2026-09-15 .. 2026-11-25
TEHRAN_TZ = timezone(timedelta(hours=3, minutes=30))
SEED = 1405

FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                 "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")  # jdatetime: 0 = Saturday
EN_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Outlet:
    name: str
    lang: str
    url: str  # format string: {n} number, {slug}, {y} {m} {d} Gregorian, {jy} {jm} {jd} Jalali, {h} hex
    leads: tuple[str, ...] = ()  # attribution leads; {city} {prov} {desk}
    cite: str = ""  # how it names itself when citing another outlet: «به گزارش {self} به نقل از {other}،»


OUTLETS: dict[str, Outlet] = {o.name: o for o in [
    Outlet("ایرنا", "fa", "https://www.irna.ir/news/{n8}/", (
        "به گزارش ایرنا،", "به گزارش خبرنگار ایرنا از {city}،", "به گزارش ایرنا به نقل از روابط عمومی استانداری {prov}،",
        "به گزارش خبرنگار {desk} ایرنا،"), "ایرنا"),
    Outlet("ایسنا", "fa", "https://www.isna.ir/news/{jy}{jm}{jd}{n5}/", (
        "به گزارش ایسنا،", "به گزارش خبرنگار ایسنا منطقه {prov}،", "به گزارش خبرنگار {desk} ایسنا،"), "ایسنا"),
    Outlet("فارس", "fa", "https://www.farsnews.ir/news/{jy}{jm}{jd}{n6}", (
        "خبرگزاری فارس:", "به گزارش خبرگزاری فارس از {city}،", "به گزارش خبرنگار {desk} خبرگزاری فارس،"),
        "خبرگزاری فارس"),
    Outlet("مهر", "fa", "https://www.mehrnews.com/news/{n7}/", (
        "به گزارش خبرگزاری مهر،", "به گزارش خبرنگار مهر در {city}،", "به گزارش خبرگزاری مهر به نقل از پایگاه اطلاع‌رسانی استانداری {prov}،"),
        "خبرگزاری مهر"),
    Outlet("تسنیم", "fa", "https://www.tasnimnews.com/fa/news/{jy}/{jm}/{jd}/{n7}/", (
        "به گزارش خبرگزاری تسنیم،", "به گزارش خبرگزاری تسنیم از {city}،", "به گزارش خبرنگار {desk} خبرگزاری تسنیم،"),
        "خبرگزاری تسنیم"),
    Outlet("باشگاه خبرنگاران جوان", "fa", "https://www.yjc.ir/fa/news/{n7}/", (
        "به گزارش گروه استان‌های باشگاه خبرنگاران جوان از {city}،", "به گزارش گروه {desk} باشگاه خبرنگاران جوان،"),
        "باشگاه خبرنگاران جوان"),
    Outlet("همشهری آنلاین", "fa", "https://www.hamshahrionline.ir/news/{n6}/", (
        "به گزارش همشهری آنلاین،", "به گزارش همشهری آنلاین و به نقل از روابط عمومی شهرداری {city}،"), "همشهری آنلاین"),
    Outlet("ایلنا", "fa", "https://www.ilna.ir/fa/tiny/news-{n7}", (
        "به گزارش خبرنگار ایلنا،", "به گزارش ایلنا از {city}،"), "ایلنا"),
    Outlet("خبرآنلاین", "fa", "https://www.khabaronline.ir/news/{n7}/", ("به گزارش خبرآنلاین،",), "خبرآنلاین"),
    Outlet("خبرگزاری صدا و سیما", "fa", "https://www.iribnews.ir/fa/news/{n7}/", (
        "به گزارش خبرگزاری صدا و سیما مرکز {prov}،", "به گزارش خبرگزاری صدا و سیما،"), "خبرگزاری صدا و سیما"),
    Outlet("انتخاب", "fa", "https://www.entekhab.ir/fa/news/{n6}/", ("به گزارش انتخاب،",), "انتخاب"),
    Outlet("شرق", "fa", "https://www.sharghdaily.com/fa/tiny/news-{n6}", ("به گزارش شرق،",), "روزنامه شرق"),
    Outlet("رادیو فردا", "fa", "https://www.radiofarda.com/a/{n8}.html", (), "رادیو فردا"),
    Outlet("بی‌بی‌سی فارسی", "fa", "https://www.bbc.com/persian/articles/c{h10}o", (), "بی‌بی‌سی فارسی"),
    Outlet("Reuters", "en", "https://www.reuters.com/world/middle-east/{slug}-{y}-{m}-{d}/"),
    Outlet("AP", "en", "https://apnews.com/article/{slug}-{h32}"),
    Outlet("AFP", "en", "https://www.france24.com/en/live-news/{y}{m}{d}-{slug}"),
    Outlet("Al Jazeera", "en", "https://www.aljazeera.com/news/{y}/{mi}/{di}/{slug}"),
    Outlet("Tehran Times", "en", "https://www.tehrantimes.com/news/{n6}/{slug}"),
    Outlet("الجزيرة", "ar", "https://www.aljazeera.net/news/{y}/{mi}/{di}/{h10}"),
    Outlet("العربية", "ar", "https://www.alarabiya.net/iran/{y}/{m}/{d}/{h10}"),
]}

# province id -> (Persian name, cities); the demo covers all 31 provinces
PROVINCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "alborz": ("البرز", ("کرج", "نظرآباد", "فردیس", "هشتگرد")),
    "ardabil": ("اردبیل", ("اردبیل", "مشگین‌شهر", "پارس‌آباد", "خلخال")),
    "azarbaijan-sharghi": ("آذربایجان شرقی", ("تبریز", "مرند", "اهر", "میانه", "جلفا")),
    "azarbaijan-gharbi": ("آذربایجان غربی", ("ارومیه", "خوی", "ماکو", "پیرانشهر", "سردشت", "مهاباد", "سلماس")),
    "bushehr": ("بوشهر", ("بوشهر", "گناوه", "دیر", "کنگان", "عسلویه")),
    "chaharmahal-bakhtiari": ("چهارمحال و بختیاری", ("شهرکرد", "بروجن", "فارسان", "لردگان")),
    "fars": ("فارس", ("شیراز", "مرودشت", "لار", "کازرون", "فسا")),
    "gilan": ("گیلان", ("رشت", "بندر انزلی", "لاهیجان", "آستارا", "تالش")),
    "golestan": ("گلستان", ("گرگان", "گنبد کاووس", "بندر ترکمن", "آق‌قلا")),
    "hamedan": ("همدان", ("همدان", "ملایر", "نهاوند", "اسدآباد")),
    "hormozgan": ("هرمزگان", ("بندرعباس", "قشم", "میناب", "بندر لنگه", "جاسک")),
    "ilam": ("ایلام", ("ایلام", "مهران", "دهلران", "ایوان")),
    "isfahan": ("اصفهان", ("اصفهان", "کاشان", "نجف‌آباد", "شاهین‌شهر", "ورزنه")),
    "kerman": ("کرمان", ("کرمان", "بم", "جیرفت", "رفسنجان", "سیرجان")),
    "kermanshah": ("کرمانشاه", ("کرمانشاه", "سرپل ذهاب", "قصرشیرین", "اسلام‌آباد غرب", "پاوه")),
    "khorasan-shomali": ("خراسان شمالی", ("بجنورد", "شیروان", "اسفراین")),
    "khorasan-razavi": ("خراسان رضوی", ("مشهد", "نیشابور", "سبزوار", "تربت جام", "تایباد", "سرخس")),
    "khorasan-jonubi": ("خراسان جنوبی", ("بیرجند", "قائن", "طبس", "نهبندان")),
    "khuzestan": ("خوزستان", ("اهواز", "آبادان", "خرمشهر", "شادگان", "دزفول", "شوش", "ماهشهر")),
    "kohgiluyeh-boyerahmad": ("کهگیلویه و بویراحمد", ("یاسوج", "دهدشت", "گچساران", "سی‌سخت")),
    "kordestan": ("کردستان", ("سنندج", "مریوان", "سقز", "بانه", "بیجار")),
    "lorestan": ("لرستان", ("خرم‌آباد", "بروجرد", "الیگودرز", "پلدختر", "کوهدشت")),
    "markazi": ("مرکزی", ("اراک", "ساوه", "خمین", "محلات")),
    "mazandaran": ("مازندران", ("ساری", "بابل", "آمل", "نوشهر", "تنکابن")),
    "qazvin": ("قزوین", ("قزوین", "تاکستان", "بوئین‌زهرا")),
    "qom": ("قم", ("قم", "جعفریه", "کهک")),
    "semnan": ("سمنان", ("سمنان", "شاهرود", "دامغان", "گرمسار")),
    "sistan-baluchestan": ("سیستان و بلوچستان", ("زاهدان", "زابل", "چابهار", "ایرانشهر", "سراوان", "خاش", "راسک", "نیکشهر")),
    "tehran": ("تهران", ("تهران", "ری", "اسلامشهر", "ورامین", "دماوند", "شهریار")),
    "yazd": ("یزد", ("یزد", "اردکان", "میبد", "مهریز")),
    "zanjan": ("زنجان", ("زنجان", "ابهر", "خدابنده")),
}

NAMES = (
    "علیرضا صادقی", "محمد مهدوی‌فر", "حسین رضایی‌نژاد", "مهدی کاظمی", "رضا نوروزی", "مجید امیری",
    "احمد شهرکی", "عبدالله ریگی‌زاده", "سعید قاسمی", "محمدرضا اکبری", "جواد سلیمانی", "ناصر بهرامی",
    "فرهاد کریمیان", "اکبر موسوی", "حمید طاهری", "مسعود عباسی", "مرتضی جعفری", "بهروز حسینی",
    "یوسف مرادی", "کامران ولی‌زاده", "زهرا احمدی", "مریم یوسفی", "فاطمه رحیمی", "لیلا نیک‌نام",
    "داوود شریفی", "ابراهیم خسروی", "غلامرضا بیگی", "هادی زارعی", "امیر فتحی", "اسماعیل نظری",
    "کاوه رستمی", "سیروس ویسی", "بهمن کردی", "عثمان بلوچ‌زهی", "منصور ناصری", "شهرام دلاوری",
)


# ---------------------------------------------------------------------- text helpers


def fa_digits(s: str) -> str:
    return s.translate(FA_DIGITS)


def jalali(d: date) -> str:
    j = jdatetime.date.fromgregorian(date=d)
    return fa_digits(f"{j.day} {JALALI_MONTHS[j.month - 1]} {j.year}")


def weekday_fa(d: date) -> str:
    return WEEKDAYS[jdatetime.date.fromgregorian(date=d).weekday()]


def arabize(s: str) -> str:
    """The Arabic letter forms some outlets and CMSs still emit."""
    return s.replace("ی", "ي").replace("ک", "ك")


def drop_zwnj(s: str, rng: random.Random) -> str:
    """Missing half-spaces: «می‌شود» written «می شود» or «میشود»."""
    return s.replace("\u200c", " " if rng.random() < 0.6 else "")


def day(n: int) -> date:
    return START + timedelta(days=n)


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]


def make_url(outlet: Outlet, when: datetime, title: str, rng: random.Random) -> str:
    j = jdatetime.date.fromgregorian(date=when.date())
    h = hashlib.sha1(f"{outlet.name}{title}{when}".encode()).hexdigest()
    return outlet.url.format(
        n5=rng.randint(10000, 99999), n6=rng.randint(100000, 999999), n7=rng.randint(1000000, 9999999),
        n8=rng.randint(85000000, 86999999), slug=slugify(title), y=when.year, m=f"{when.month:02d}",
        d=f"{when.day:02d}", mi=when.month, di=when.day, jy=j.year, jm=f"{j.month:02d}", jd=f"{j.day:02d}",
        h10="".join(c for c in h if c.isalpha() or c.isdigit())[:10], h32=h[:32],
    )


def stamp(d: date, hhmm: str, lang: str) -> datetime:
    hh, mm = (int(x) for x in hhmm.split(":"))
    tz = TEHRAN_TZ if lang == "fa" else UTC
    when = datetime(d.year, d.month, d.day, hh, mm, tzinfo=TEHRAN_TZ)  # clock times are Tehran local
    return when.astimezone(tz)


def item(outlet: str, when: datetime, title: str, text: str, rng: random.Random) -> dict[str, Any]:
    o = OUTLETS[outlet]
    return {"title": title, "text": text, "url": make_url(o, when, title, rng),
            "published": when.isoformat(), "source": outlet}


def finish_fa(rec: dict[str, Any], rng: random.Random, *, digits: bool = True) -> dict[str, Any]:
    """Persian digits (most outlets), and on some items Arabic letter forms or missing ZWNJ."""
    title, text = rec["title"], rec["text"]
    if digits:
        title, text = fa_digits(title), fa_digits(text)
    roll = rng.random()
    if roll < 0.10:
        title, text = arabize(title), arabize(text)
    elif roll < 0.16:
        text = arabize(text)
    elif roll < 0.32:
        title, text = drop_zwnj(title, rng), drop_zwnj(text, rng)
    rec["title"], rec["text"] = title, text
    return rec


def main(path: Path | None = None) -> Path:
    from didban.demo.frames import singles
    from didban.demo.stories import arabic_items, story_items

    rng = random.Random(SEED)
    # the Arabic reports draw from their own generator, so adding them left every other record as it was
    records = story_items(rng) + singles(rng) + arabic_items(random.Random(SEED + 1))
    records.sort(key=lambda r: r["published"])
    out = path or Path(__file__).with_name("corpus.jsonl")
    groups: dict[str, list[str]] = {}
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            key = rec.pop("_story", None)
            if key:
                groups.setdefault(key, []).append(rec["url"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gold = out.with_name(out.stem + "_stories.json")
    gold.write_text(json.dumps(groups, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    p = main()
    print(f"wrote {p} ({sum(1 for _ in p.open(encoding='utf-8'))} items, {p.stat().st_size} bytes)")
