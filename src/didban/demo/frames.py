"""Single reports of the demo corpus: hand-written frames with varied slots, plus hand-written
one-off items (Persian reports on the neighbours, English briefs). All invented."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from didban.demo.write_corpus import (
    DAYS,
    EN_MONTHS,
    NAMES,
    OUTLETS,
    PROVINCES,
    day,
    finish_fa,
    item,
    jalali,
    stamp,
    weekday_fa,
)


@dataclass
class Ctx:
    rng: random.Random
    pid: str
    prov: str
    city: str
    d: date

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    @property
    def wd(self) -> str:
        return weekday_fa(self.d)

    def past(self) -> str:
        """When an incident happened, as a report written later the same day says it."""
        prev = weekday_fa(self.d - timedelta(days=1))
        return self.pick("بامداد امروز", "صبح امروز", f"شامگاه {prev}", f"بامداد {self.wd}", f"شب {prev}")

    @property
    def jd(self) -> str:
        return jalali(self.d)


def say(c: Ctx, role: str, quote: str, pre: str = "") -> str:
    """A quote in one of the ways wire copy introduces speech."""
    q = quote if quote.endswith((".", "!", "؟")) else quote + "."
    forms = [
        f"{role} در این باره گفت: «{q}»",
        f"{c.name()}، {role}، اظهار داشت: {q}",
        f"{role} در گفت‌وگو با خبرنگاران افزود: «{q}»",
        f"{role} روز {c.wd} در جمع خبرنگاران گفت: {q}",
        f"{role} ضمن اعلام این خبر خاطرنشان کرد: «{q}»",
    ]
    if pre:
        forms.append(f"{role} با بیان اینکه {pre}، تصریح کرد: «{q}»")
        forms.append(f"{c.name()}، {role}، با اشاره به اینکه {pre}، گفت: «{q}»")
    return c.rng.choice(forms)


def more(c: Ctx, quote: str) -> str:
    q = quote if quote.endswith((".", "!", "؟")) else quote + "."
    return c.rng.choice([f"وی افزود: «{q}»", f"وی همچنین گفت: {q}", f"این مقام مسئول ادامه داد: «{q}»",
                         f"وی یادآور شد: {q}"])


Frame = Callable[[Ctx], tuple[str, list[str], tuple[str, ...]]]
PRESS = ("ایرنا", "ایسنا", "مهر", "تسنیم", "فارس", "باشگاه خبرنگاران جوان", "خبرگزاری صدا و سیما")


def water(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    p = c.n(6, 34)
    title = c.pick(f"حجم ذخایر سدهای {c.prov} به {p} درصد رسید", f"هشدار کم‌آبی در {c.city}؛ پر شدن سدها {p} درصد",
                   f"تنش آبی در {c.city}؛ احتمال جیره‌بندی آب شرب", f"کاهش {c.n(20, 60)} درصدی بارش‌ها در {c.prov}")
    paras = [
        c.pick(f"مدیرعامل شرکت آب منطقه‌ای {c.prov} از کاهش حجم ذخایر سدهای استان به {p} درصد ظرفیت خبر داد.",
               f"وضعیت منابع آبی {c.city} با ادامه خشکسالی به مرحله هشدار رسیده و حجم آب سدهای استان به {p} درصد کاهش یافته است."),
        say(c, f"مدیرعامل آبفای {c.prov}", c.pick(
            f"اگر مصرف کاهش پیدا نکند، ناچار به اعمال برنامه کاهش فشار در ساعات شب در {c.city} خواهیم بود",
            "مشترکان پرمصرف شناسایی شده‌اند و در صورت ادامه مصرف بی‌رویه، انشعاب آن‌ها قطع می‌شود",
            f"تاکنون {c.n(20, 140)} روستا با تانکر آبرسانی می‌شوند"), pre="بارش‌های پاییزی هنوز آغاز نشده"),
        more(c, c.pick("سفره‌های زیرزمینی در بسیاری از دشت‌های استان در وضعیت ممنوعه قرار دارند",
                       "همراهی مردم در صرفه‌جویی تنها راه عبور از این شرایط است",
                       f"برداشت غیرمجاز از {c.n(300, 2000)} حلقه چاه در استان متوقف شده است")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "مهر", "خبرگزاری صدا و سیما", "ایلنا")


def weather(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    color = c.pick("نارنجی", "زرد")
    title = c.pick(f"هشدار {color} هواشناسی برای {c.prov}", f"بارش شدید و آبگرفتگی در {c.city}",
                   f"پیش‌بینی بارش‌های سیل‌آسا در {c.prov}؛ مردم از حاشیه رودخانه‌ها دور شوند",
                   f"وزش باد شدید در {c.city} خسارت زد")
    paras = [
        f"اداره کل هواشناسی {c.prov} با صدور هشدار سطح {color} از فعالیت سامانه بارشی از روز {c.wd} {c.jd} تا دو روز آینده در استان خبر داد.",
        say(c, f"مدیرکل مدیریت بحران استان {c.prov}", c.pick(
            "از مردم می‌خواهیم از توقف و اتراق در حاشیه رودخانه‌ها و مسیل‌ها خودداری کنند",
            "تیم‌های امدادی هلال احمر در آماده‌باش کامل قرار دارند",
            f"در بارش‌های دیشب {c.n(3, 40)} واحد مسکونی در {c.city} دچار آبگرفتگی شد و خسارت جانی نداشتیم")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "باشگاه خبرنگاران جوان", "خبرگزاری صدا و سیما", "مهر")


def quake(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    m = f"{c.n(30, 47) / 10:.1f}"
    title = c.pick(f"زمین‌لرزه {m} ریشتری {c.city} را لرزاند", f"زلزله {m} ریشتری در {c.prov} خسارتی نداشت",
                   f"زلزله {c.city}؛ مردم شب را در فضای باز گذراندند")
    paras = [
        f"زمین‌لرزه‌ای به بزرگی {m} ریشتر ساعت {c.n(1, 23)}:{c.n(10, 59)} روز {c.wd} حوالی {c.city} در استان {c.prov} را لرزاند.",
        "به گزارش مرکز لرزه‌نگاری کشوری، این زمین‌لرزه در عمق " + str(c.n(7, 16)) + " کیلومتری زمین رخ داده است.",
        say(c, f"فرماندار {c.city}", c.pick("تاکنون گزارشی از خسارت جانی و مالی دریافت نکرده‌ایم",
                                             "تیم‌های ارزیاب هلال احمر به روستاهای نزدیک کانون زلزله اعزام شدند",
                                             "چند واحد مسکونی قدیمی دچار ترک‌خوردگی شده است")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "مهر", "تسنیم", "باشگاه خبرنگاران جوان")


def accident(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    dead, hurt = c.n(1, 5), c.n(2, 14)
    road = c.pick(f"محور {c.city} ـ {c.rng.choice(PROVINCES[c.pid][1])}", f"جاده کمربندی {c.city}",
                  f"محور مواصلاتی {c.city}")
    title = c.pick(f"تصادف مرگبار در {road}؛ {dead} کشته و {hurt} مصدوم",
                   f"برخورد دو خودرو در {road} {dead} قربانی گرفت", f"{dead} کشته در حادثه رانندگی {c.city}")
    paras = [
        f"برخورد یک دستگاه {c.pick('پژو ۴۰۵', 'پراید', 'سمند', 'کامیون', 'وانت نیسان')} با "
        f"{c.pick('یک دستگاه پژو پارس', 'یک اتوبوس مسافربری', 'یک تریلی', 'یک دستگاه سواری')} در {road} "
        f"{c.past()} {dead} کشته و {hurt} مصدوم برجای گذاشت.",
        say(c, f"رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی {c.prov}", c.pick(
            f"{c.n(2, 6)} دستگاه آمبولانس به محل حادثه اعزام و مصدومان به بیمارستان منتقل شدند",
            "حال دو نفر از مصدومان وخیم است")),
        c.pick("پلیس راه علت حادثه را انحراف به چپ ناشی از خستگی و خواب‌آلودگی راننده اعلام کرد.",
               "علت حادثه از سوی کارشناسان پلیس راه در دست بررسی است.",
               "سرعت غیرمجاز علت اصلی این حادثه عنوان شده است."),
    ]
    return title, paras, ("ایسنا", "باشگاه خبرنگاران جوان", "مهر", "فارس", "ایرنا")


def drugs(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    kg = c.n(120, 3200)
    kind = c.pick("تریاک", "حشیش", "شیشه", "مرفین", "هروئین")
    title = c.pick(f"کشف {kg} کیلوگرم {kind} در {c.prov}", f"ضربه پلیس به قاچاقچیان مواد مخدر در {c.city}",
                   f"توقیف محموله {kind} در {c.city}؛ {c.n(2, 5)} قاچاقچی دستگیر شدند")
    paras = [
        f"فرمانده انتظامی استان {c.prov} از کشف {kg} کیلوگرم {kind} در عملیات مأموران پلیس مبارزه با مواد مخدر در {c.city} خبر داد.",
        say(c, f"فرمانده انتظامی {c.prov}", c.pick(
            f"در این عملیات {c.n(2, 6)} قاچاقچی دستگیر و {c.n(1, 4)} دستگاه خودرو توقیف شد",
            "قاچاقچیان که قصد انتقال محموله به استان‌های مرکزی را داشتند، پس از درگیری مسلحانه دستگیر شدند",
            "محموله در جاساز خودروی باری جاسازی شده بود"),
            pre="مرزهای شرقی همچنان مسیر اصلی ورود مواد مخدر است"),
        c.pick(f"از ابتدای امسال تاکنون {c.n(8, 45)} تن مواد مخدر در استان کشف شده است.",
               "یک مأمور انتظامی نیز در این درگیری از ناحیه پا مجروح شد.",
               "پرونده متهمان برای سیر مراحل قانونی به مرجع قضایی ارسال شد."),
    ]
    return title, paras, ("ایرنا", "ایسنا", "تسنیم", "فارس", "باشگاه خبرنگاران جوان")


def fuel(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    lit = c.n(8, 180) * 1000
    title = c.pick(f"توقیف {lit} لیتر سوخت قاچاق در {c.city}", f"کشف سوخت قاچاق در {c.prov}",
                   f"قاچاق سوخت در {c.city}؛ {c.n(2, 9)} نفر دستگیر شدند")
    paras = [
        f"مأموران انتظامی {c.city} در بازرسی از {c.n(1, 6)} دستگاه {c.pick('نفتکش', 'کامیون', 'وانت', 'شناور صیادی')} "
        f"{lit} لیتر {c.pick('گازوئیل', 'بنزین', 'نفت کوره')} قاچاق کشف و توقیف کردند.",
        say(c, f"فرمانده انتظامی {c.city}", c.pick(
            "ارزش ریالی سوخت کشف‌شده بیش از " + str(c.n(2, 60)) + " میلیارد تومان برآورد شده است",
            "قاچاقچیان قصد انتقال سوخت به آن سوی مرز را داشتند")),
    ]
    return title, paras, ("ایرنا", "تسنیم", "باشگاه خبرنگاران جوان", "فارس")


def labour(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    who = c.pick("کارگران کارخانه قند", "کارگران شهرداری", "کارگران پیمانکاری پتروشیمی", "معلمان حق‌التدریس",
                 "پرستاران قراردادی", "کارگران کشت و صنعت", "بازنشستگان فولاد", "کارگران معدن")
    m = c.n(2, 9)
    title = c.pick(f"تجمع {who} {c.city} در اعتراض به {m} ماه حقوق معوق", f"اعتراض {who} {c.city} به تعویق دستمزد",
                   f"{who} {c.city} دست از کار کشیدند")
    paras = [
        f"{who} {c.city} روز {c.wd} در اعتراض به پرداخت نشدن {m} ماه حقوق و مزایای خود مقابل "
        f"{c.pick('فرمانداری', 'استانداری', 'دفتر مرکزی شرکت', 'اداره کار')} تجمع کردند.",
        say(c, c.pick("یکی از کارگران معترض", "نماینده کارگران", "یکی از شرکت‌کنندگان در تجمع"), c.pick(
            "با این تورم، حتی هزینه رفت‌وآمد خود را نداریم و کارفرما هر بار وعده می‌دهد",
            "ما فقط حق قانونی خود را می‌خواهیم و تا پرداخت مطالبات به تجمع ادامه می‌دهیم",
            "بیمه ما هم ماه‌هاست پرداخت نشده است")),
        c.pick(f"مدیرکل تعاون، کار و رفاه اجتماعی {c.prov} وعده داد مطالبات تا پایان ماه پرداخت شود.",
               "تاکنون مسئولان شرکت به این اعتراض واکنشی نشان نداده‌اند.",
               f"معاون سیاسی فرماندار {c.city} با حضور در جمع معترضان قول پیگیری داد."),
    ]
    return title, paras, ("ایلنا", "ایلنا", "شرق", "ایسنا")


def opening(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    what = c.pick("بیمارستان " + str(c.n(64, 320)) + " تختخوابی", "کارخانه فرآوری محصولات کشاورزی",
                  "تصفیه‌خانه آب", "نیروگاه خورشیدی " + str(c.n(5, 50)) + " مگاواتی", "مدرسه " + str(c.n(6, 18)) + " کلاسه",
                  "پارک علم و فناوری", "خط دوم قطار شهری", "بزرگراه کمربندی")
    title = c.pick(f"افتتاح {what} در {c.city}", f"بهره‌برداری از {what} {c.city} آغاز شد",
                   f"{what} {c.city} با حضور استاندار افتتاح شد")
    paras = [
        f"{what} {c.city} با اعتبار {c.n(80, 3500)} میلیارد تومان روز {c.wd} ({c.jd}) با حضور استاندار {c.prov} افتتاح شد.",
        say(c, f"استاندار {c.prov}", c.pick(
            f"با بهره‌برداری از این طرح برای {c.n(40, 900)} نفر به طور مستقیم شغل ایجاد می‌شود",
            "این طرح پس از هشت سال وقفه با پیگیری دولت به سرانجام رسید",
            "تکمیل طرح‌های نیمه‌تمام اولویت اصلی دولت در استان است")),
    ]
    return title, paras, ("ایرنا", "خبرگزاری صدا و سیما", "ایسنا", "همشهری آنلاین", "باشگاه خبرنگاران جوان")


def court(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    case = c.pick("اخلال در نظام توزیع کالاهای اساسی", "زمین‌خواری", "احتکار لوازم خانگی", "ارتشا در شهرداری",
                  "قاچاق کالا", "برداشت غیرمجاز از منابع طبیعی")
    title = c.pick(f"دادستان {c.city}: پرونده {case} به دادگاه رفت", f"بازداشت {c.n(2, 8)} متهم پرونده {case} در {c.city}",
                   f"تشکیل پرونده {case} در {c.prov}؛ اموال متهمان توقیف شد")
    paras = [
        f"دادستان عمومی و انقلاب {c.city} از تشکیل پرونده {case} و بازداشت {c.n(2, 8)} متهم خبر داد.",
        say(c, f"دادستان {c.city}", c.pick(
            f"ارزش تقریبی اموال موضوع این پرونده {c.n(15, 900)} میلیارد تومان است",
            "با متخلفان بدون اغماض برخورد می‌شود و کیفرخواست به زودی صادر خواهد شد",
            "بخشی از اموال شناسایی و توقیف شده است"), pre="مبارزه با فساد اولویت دستگاه قضایی است"),
    ]
    return title, paras, ("ایسنا", "مهر", "تسنیم", "ایرنا", "انتخاب")


def culture(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    ev = c.pick("جشنواره تئاتر", "جشنواره فیلم کوتاه", "نمایشگاه صنایع‌دستی", "جشنواره موسیقی نواحی",
                "نمایشگاه کتاب", "جشنواره فرهنگ اقوام", "همایش بزرگداشت شاعر")
    title = c.pick(f"برگزاری {ev} در {c.city}", f"آغاز {ev} {c.prov} با حضور {c.n(40, 300)} هنرمند",
                   f"{ev} {c.city} برگزیدگان خود را شناخت")
    paras = [
        f"{ev} {c.prov} از روز {c.wd} {c.jd} {c.pick('در مجموعه فرهنگی', 'در تالار فرهنگ', 'در محل نمایشگاه‌های بین‌المللی')} {c.city} آغاز شد.",
        say(c, f"مدیرکل فرهنگ و ارشاد اسلامی {c.prov}", c.pick(
            f"در این دوره {c.n(40, 300)} اثر به دبیرخانه رسید که {c.n(10, 40)} اثر به بخش نهایی راه یافت",
            "حضور هنرمندان جوان در این دوره چشمگیر است",
            "بازدید برای عموم مردم رایگان است")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "مهر", "همشهری آنلاین", "خبرآنلاین")


def sport(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    sport_ = c.pick("کشتی آزاد", "والیبال", "فوتسال", "وزنه‌برداری", "کاراته", "تکواندو")
    title = c.pick(f"قهرمانی تیم {sport_} {c.prov} در مسابقات کشوری", f"درخشش ورزشکار {c.city}ی در {sport_} آسیا",
                   f"میزبانی {c.city} از اردوی تیم ملی {sport_}")
    paras = [
        f"تیم {sport_} {c.prov} در مسابقات قهرمانی کشور که به میزبانی {c.city} برگزار شد، "
        f"{c.pick('عنوان قهرمانی', 'مقام دوم', 'مقام سوم')} را کسب کرد.",
        say(c, f"مدیرکل ورزش و جوانان {c.prov}", c.pick(
            "این موفقیت حاصل تلاش مربیان و ورزشکاران با کمترین امکانات است",
            f"{c.n(2, 6)} ورزشکار استان به اردوی تیم ملی دعوت شده‌اند")),
    ]
    return title, paras, ("تسنیم", "باشگاه خبرنگاران جوان", "خبرآنلاین", "مهر", "ایسنا")


def health(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    title = c.pick(f"افزایش مراجعات آنفلوآنزا در {c.city}", f"کمبود پزشک متخصص در بیمارستان‌های {c.city}",
                   f"آغاز واکسیناسیون آنفلوآنزای گروه‌های پرخطر در {c.prov}",
                   f"شیوع وبا در {c.city}؛ {c.n(3, 20)} مورد تأیید شد")
    paras = [
        f"رئیس دانشگاه علوم پزشکی {c.city} از {c.pick('افزایش', 'روند افزایشی')} مراجعات بیماران تنفسی به مراکز درمانی استان خبر داد.",
        say(c, f"معاون بهداشت دانشگاه علوم پزشکی {c.city}", c.pick(
            f"هم‌اکنون {c.n(20, 150)} بیمار مبتلا به آنفلوآنزا در بیمارستان‌های استان بستری هستند",
            "از مردم می‌خواهیم در صورت داشتن علائم تنفسی از حضور در اجتماعات خودداری کنند",
            "موارد ابتلا به وبا با آب آشامیدنی آلوده مرتبط است و کلرزنی منابع آب تشدید شده است")),
    ]
    return title, paras, ("ایسنا", "ایرنا", "مهر", "همشهری آنلاین")


def election(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    title = c.pick(f"ثبت‌نام {c.n(900, 9000)} داوطلب انتخابات شوراها در {c.prov}",
                   f"آغاز بررسی صلاحیت داوطلبان شوراهای {c.city}", f"رقابت {c.n(3, 12)} نفر بر سر هر کرسی شورای شهر {c.city}")
    paras = [
        f"رئیس ستاد انتخابات استان {c.prov} از ثبت‌نام {c.n(900, 9000)} داوطلب برای هفتمین دوره انتخابات شوراهای اسلامی شهر و روستا در استان خبر داد.",
        say(c, f"معاون سیاسی، امنیتی و اجتماعی استاندار {c.prov}", c.pick(
            f"{c.n(12, 30)} درصد داوطلبان زن و بیش از نیمی از آن‌ها دارای مدرک کارشناسی ارشد و بالاتر هستند",
            f"هیئت‌های اجرایی بررسی صلاحیت‌ها را از {c.jd} آغاز کرده‌اند",
            f"در شهر {c.city} برای هر کرسی {c.n(4, 15)} نفر رقابت خواهند کرد")),
    ]
    return title, paras, ("ایسنا", "ایرنا", "خبرآنلاین", "همشهری آنلاین", "مهر")


def fire(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    place = c.pick("انبار لوازم خانگی", "بازار سنتی", "کارگاه مبل‌سازی", "مجتمع تجاری", "انبار علوفه", "کارخانه رنگ")
    hurt = c.n(0, 6)
    title = c.pick(f"آتش‌سوزی گسترده در {place} {c.city}", f"مهار آتش {place} {c.city} پس از {c.n(2, 7)} ساعت",
                   f"حریق {place} در {c.city}" + (f"؛ {hurt} آتش‌نشان مصدوم شدند" if hurt else ""))
    paras = [
        f"{place} در {c.city} {c.past()} دچار آتش‌سوزی شد و آتش‌نشانان پس از ساعت‌ها تلاش آن را مهار کردند.",
        say(c, f"رئیس سازمان آتش‌نشانی {c.city}", (f"در این حادثه {hurt} نفر از آتش‌نشانان دچار دودگرفتگی شدند" if hurt
                                                  else "خوشبختانه این حادثه مصدوم نداشت") + " و علت آتش‌سوزی در دست بررسی است"),
    ]
    return title, paras, ("مهر", "باشگاه خبرنگاران جوان", "همشهری آنلاین", "ایسنا")


def clash(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    dead, hurt = c.n(1, 4), c.n(1, 9)
    kind = c.pick("نزاع طایفه‌ای", "درگیری مسلحانه", "تیراندازی")
    title = c.pick(f"{kind} در {c.city}؛ {dead} کشته و {hurt} زخمی", f"{dead} کشته در {kind} {c.city}",
                   f"فرمانده انتظامی {c.prov}: عاملان {kind} {c.city} دستگیر شدند")
    paras = [
        f"{kind} میان {c.pick('دو طایفه', 'دو گروه', 'افراد مسلح و مأموران انتظامی')} در {c.city} "
        f"{c.past()} {dead} کشته و {hurt} زخمی برجای گذاشت.",
        say(c, f"فرمانده انتظامی استان {c.prov}", c.pick(
            f"{c.n(3, 12)} نفر از عاملان این حادثه دستگیر و {c.n(2, 8)} قبضه سلاح غیرمجاز کشف شد",
            "اختلاف بر سر زمین کشاورزی ریشه این درگیری بوده است",
            "آرامش به منطقه بازگشته و مأموران در محل مستقر هستند"),
            pre="شورای تأمین شهرستان تشکیل جلسه داد"),
    ]
    return title, paras, ("ایسنا", "ایرنا", "مهر", "تسنیم", "فارس", "رادیو فردا")


def migrants(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    n = c.n(300, 6000)
    title = c.pick(f"ساماندهی {n} تبعه غیرمجاز در {c.prov}", f"بازگرداندن {n} تبعه غیرمجاز افغانستانی از {c.prov}",
                   f"طرح شناسایی اتباع غیرمجاز در {c.city} اجرا شد")
    paras = [
        f"مدیرکل امور اتباع و مهاجرین خارجی استانداری {c.prov} از شناسایی و ساماندهی {n} تبعه غیرمجاز در هفته گذشته خبر داد.",
        say(c, f"مدیرکل امور اتباع استانداری {c.prov}", c.pick(
            "به کارفرمایانی که از اتباع غیرمجاز استفاده کنند، جریمه سنگین تعلق می‌گیرد",
            "اتباع دارای مدارک معتبر نگرانی بابت این طرح نداشته باشند",
            "اتباع غیرمجاز از طریق مرز دوغارون به کشورشان بازگردانده می‌شوند")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "باشگاه خبرنگاران جوان", "بی‌بی‌سی فارسی")


def harvest(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    crop = c.pick("زعفران", "خرما", "پسته", "برنج", "چای", "سیب", "انار", "زیتون", "پنبه")
    t = c.n(2, 900) * 100
    title = c.pick(f"پیش‌بینی برداشت {t} تن {crop} در {c.prov}", f"آغاز برداشت {crop} در {c.city}",
                   f"کاهش تولید {crop} {c.prov} بر اثر خشکسالی")
    paras = [
        f"برداشت {crop} از مزارع و باغ‌های {c.city} آغاز شد و پیش‌بینی می‌شود امسال {t} تن {crop} در {c.prov} تولید شود.",
        say(c, f"رئیس سازمان جهاد کشاورزی {c.prov}", c.pick(
            f"کم‌آبی موجب کاهش {c.n(10, 40)} درصدی عملکرد در هکتار شده است",
            "خرید تضمینی محصول از هفته آینده آغاز می‌شود",
            f"بیش از {c.n(5, 60)} هزار بهره‌بردار در این بخش فعالیت دارند")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "خبرگزاری صدا و سیما", "باشگاه خبرنگاران جوان")


def outage(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    title = c.pick(f"قطعی گاز در {c.n(5, 40)} روستای {c.city}", f"خاموشی‌های {c.city} مردم را کلافه کرد",
                   f"محدودیت گاز صنایع {c.prov} آغاز شد")
    paras = [
        c.pick(f"با افت دما و افزایش مصرف، گاز {c.n(5, 40)} روستای {c.city} از شامگاه {c.wd} قطع شده است.",
               f"شهروندان {c.city} از خاموشی‌های مکرر و بدون اطلاع قبلی در روزهای اخیر گلایه دارند.",
               f"شرکت گاز استان {c.prov} از امروز محدودیت گازرسانی به صنایع عمده را آغاز کرد."),
        say(c, c.pick(f"مدیرعامل شرکت گاز استان {c.prov}", f"مدیرعامل شرکت توزیع برق {c.prov}"), c.pick(
            "اکیپ‌های عملیاتی در حال رفع مشکل هستند و تا ساعاتی دیگر وضعیت عادی می‌شود",
            "مصرف در روزهای اخیر بیش از ۲۰ درصد افزایش یافته است",
            "اولویت ما تأمین پایدار انرژی بخش خانگی است")),
    ]
    return title, paras, ("ایلنا", "ایسنا", "باشگاه خبرنگاران جوان", "ایرنا")


def rescue(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    n = c.n(2, 5)
    title = c.pick(f"نجات {n} کوهنورد گرفتار در ارتفاعات {c.city}", f"جست‌وجو برای یافتن کوهنوردان مفقود در {c.prov}",
                   f"امدادگران هلال احمر {c.n(2, 5)} گردشگر را در {c.city} نجات دادند")
    paras = [
        f"{n} کوهنورد که از روز گذشته در ارتفاعات {c.city} مفقود شده بودند، توسط تیم‌های امداد و نجات هلال احمر پیدا شدند.",
        say(c, f"مدیرعامل جمعیت هلال احمر {c.prov}", c.pick(
            "حال عمومی کوهنوردان مساعد است و به دلیل سرمازدگی به بیمارستان منتقل شدند",
            "از کوهنوردان می‌خواهیم پیش از صعود به پیش‌بینی هواشناسی توجه کنند")),
    ]
    return title, paras, ("ایسنا", "ایرنا", "باشگاه خبرنگاران جوان", "مهر")


def border_trade(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    title = c.pick(f"صادرات از پایانه‌های مرزی {c.prov} {c.n(10, 60)} درصد افزایش یافت",
                   f"بازارچه مرزی {c.city} پس از {c.n(2, 6)} سال بازگشایی شد", f"تردد کامیون‌ها در مرز {c.city} افزایش یافت")
    paras = [
        f"مدیرکل گمرکات {c.prov} از صادرات {c.n(200, 990)} هزار تن کالا از پایانه‌های مرزی استان در هفت ماه نخست امسال خبر داد.",
        say(c, f"مدیرکل گمرکات {c.prov}", c.pick(
            "مصالح ساختمانی، محصولات کشاورزی و فرآورده‌های نفتی عمده اقلام صادراتی هستند",
            "بازارچه‌های مرزی نقش مهمی در معیشت مرزنشینان و کاهش قاچاق دارند")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "مهر", "تسنیم")


def dust(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    x = c.n(4, 30)
    title = c.pick(f"غلظت ریزگردها در {c.city} {x} برابر حد مجاز شد", f"ادارات {c.city} به دلیل گرد و خاک تعطیل شد",
                   f"آلودگی هوای {c.city} در وضعیت قرمز")
    paras = [
        f"با ورود توده گرد و خاک به استان {c.prov}، غلظت ذرات معلق در {c.city} به {x} برابر حد مجاز رسید.",
        say(c, f"معاون استاندار {c.prov}", c.pick(
            "ادارات و مدارس فردا تعطیل است و بیماران قلبی و تنفسی از منزل خارج نشوند",
            f"{c.n(20, 400)} نفر به دلیل مشکلات تنفسی به مراکز درمانی مراجعه کرده‌اند")),
    ]
    return title, paras, ("ایرنا", "ایسنا", "خبرگزاری صدا و سیما", "همشهری آنلاین")


def arrest(c: Ctx) -> tuple[str, list[str], tuple[str, ...]]:
    title = c.pick(f"دستگیری اعضای باند سرقت مسلحانه در {c.city}", f"کشف {c.n(5, 40)} قبضه سلاح غیرمجاز در {c.prov}",
                   f"گروگان‌گیری در {c.city} با دستگیری آدم‌ربایان پایان یافت")
    paras = [
        f"فرمانده انتظامی {c.city} از {c.pick('دستگیری اعضای یک باند سرقت مسلحانه', 'کشف سلاح‌های غیرمجاز', 'آزادی یک گروگان')} "
        f"در عملیات مأموران پلیس آگاهی خبر داد.",
        say(c, f"فرمانده انتظامی {c.city}", c.pick(
            f"اعضای این باند به {c.n(5, 30)} فقره سرقت مسلحانه در استان اعتراف کردند",
            "گروگان سالم به آغوش خانواده بازگشت و سه متهم دستگیر شدند",
            "متهمان از طریق مرزهای غربی سلاح وارد می‌کردند")),
    ]
    return title, paras, ("باشگاه خبرنگاران جوان", "ایسنا", "مهر", "فارس", "تسنیم")


BORDER_CITIES: dict[str, tuple[str, ...]] = {
    "sistan-baluchestan": ("زاهدان", "سراوان", "زابل", "چابهار", "میرجاوه"),
    "azarbaijan-gharbi": ("ماکو", "پیرانشهر", "سردشت", "بازرگان"),
    "kordestan": ("مریوان", "بانه"),
    "kermanshah": ("قصرشیرین", "پاوه", "سرپل ذهاب"),
    "khuzestan": ("خرمشهر", "آبادان", "شلمچه"),
    "hormozgan": ("بندرعباس", "قشم", "جاسک", "بندر لنگه"),
    "khorasan-razavi": ("تایباد", "سرخس", "تربت جام"),
    "khorasan-jonubi": ("نهبندان", "بیرجند"),
    "ilam": ("مهران", "دهلران"),
    "bushehr": ("بوشهر", "گناوه", "دیر"),
    "ardabil": ("پارس‌آباد", "اردبیل"),
    "azarbaijan-sharghi": ("جلفا",),
    "gilan": ("آستارا",),
    "golestan": ("بندر ترکمن",),
}
BORDER_ONLY = ("fuel", "border_trade", "migrants")
SECURITY = ("sistan-baluchestan", "kordestan", "azarbaijan-gharbi", "kermanshah", "khuzestan", "hormozgan",
            "kerman", "khorasan-razavi", "ilam", "khorasan-jonubi", "lorestan")
COMMON: tuple[Frame, ...] = (water, weather, quake, accident, labour, opening, court, culture, sport, health,
                             election, fire, harvest, outage, rescue, dust)
SECURE: tuple[Frame, ...] = (drugs, fuel, clash, arrest, migrants, border_trade)


DESKS = {"labour": "کارگری", "opening": "اقتصادی", "harvest": "اقتصادی", "outage": "اقتصادی",
         "border_trade": "اقتصادی", "court": "قضایی", "culture": "فرهنگی", "sport": "ورزشی", "election": "سیاسی",
         "drugs": "انتظامی", "fuel": "انتظامی", "clash": "انتظامی", "arrest": "انتظامی", "accident": "حوادث",
         "fire": "حوادث", "quake": "حوادث"}


def province_singles(rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for pid, (prov, cities) in PROVINCES.items():
        n = 7 if pid in SECURITY else 4
        frames: list[Frame] = rng.sample(COMMON, k=n - (3 if pid in SECURITY else 1))
        secure = [f for f in SECURE if pid in BORDER_CITIES or f.__name__ not in BORDER_ONLY]
        frames += rng.sample(secure, k=3 if pid in SECURITY else 1)
        for frame in frames:
            pool = BORDER_CITIES[pid] if frame.__name__ in BORDER_ONLY else cities
            c = Ctx(rng, pid, prov, rng.choice(pool), day(rng.randrange(DAYS)))
            title, paras, outlets = frame(c)
            outlet = rng.choice(outlets)
            lead = rng.choice(OUTLETS[outlet].leads) if OUTLETS[outlet].leads else ""
            lead = lead.replace("{city}", c.city).replace("{prov}", prov).replace("{desk}", DESKS.get(frame.__name__, "اجتماعی"))
            if frame in SECURE and rng.random() < 0.3:
                paras = [*paras, f"این گزارش حاکی است، موضوع روز {c.jd} در شورای تأمین استان {prov} نیز بررسی شد."]
            first = f"{lead} {paras[0]}" if lead else paras[0]
            when = stamp(c.d, f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", "fa")
            rec = item(outlet, when, title, "\n".join([first, *paras[1:]]), rng)
            out.append(finish_fa(rec, rng, digits=rng.random() < 0.9))
    return out


# Persian reports about the neighbours (hand-written, one each)
NEIGHBOURS: list[tuple[str, int, str, str, str]] = [
    ("ایرنا", 4, "بازگشت روزانه ۳ هزار مهاجر افغان از مرز دوغارون",
     "به گزارش ایرنا، سرپرست فرمانداری تایباد گفت: روزانه به طور میانگین سه هزار تبعه افغانستانی از طریق مرز دوغارون به کشورشان بازمی‌گردند.\n"
     "وی افزود: «ایستگاه‌های بهداشتی و اسکان موقت در نقطه صفر مرزی برای خانواده‌ها فراهم شده است.»", "khorasan-razavi"),
    ("بی‌بی‌سی فارسی", 10, "طالبان: صدها مهاجر بازگشته از ایران در هرات بی‌سرپناه‌اند",
     "مقام‌های طالبان در ولایت هرات می‌گویند صدها خانواده‌ای که در هفته‌های اخیر از ایران بازگشته‌اند، در اردوگاه‌های موقت اسلام‌قلعه بدون سرپناه مانده‌اند.\n"
     "سازمان بین‌المللی مهاجرت اعلام کرده است از ابتدای سال میلادی بیش از یک میلیون نفر از ایران به افغانستان بازگشته یا اخراج شده‌اند.\n"
     "یک مقام محلی در هرات به بی‌بی‌سی گفت: «ظرفیت ما تمام شده و زمستان در راه است.»", "AF"),
    ("ایسنا", 13, "برقراری پرواز مستقیم مشهد ـ کابل",
     "به گزارش ایسنا، مدیرکل فرودگاه‌های خراسان رضوی از برقراری پرواز مستقیم مشهد ـ کابل از هفته آینده خبر داد و گفت: این پرواز هفته‌ای دو بار انجام می‌شود.", "AF"),
    ("مهر", 17, "بازگشایی مرز ریمدان پس از دو هفته",
     "به گزارش خبرگزاری مهر، مدیرکل گمرکات سیستان و بلوچستان گفت: گذرگاه مرزی ریمدان در دشتیاری که به دلیل مسائل امنیتی در طرف پاکستانی بسته شده بود، از امروز بازگشایی شد.\n"
     "وی افزود: «روزانه حدود ۱۵۰ کامیون از این مرز تردد می‌کنند.»", "sistan-baluchestan"),
    ("تسنیم", 22, "حمله انتحاری در کویته؛ ۱۲ نفر کشته شدند",
     "به گزارش خبرگزاری تسنیم، یک حمله انتحاری در نزدیکی ایستگاه راه‌آهن کویته مرکز ایالت بلوچستان پاکستان دست‌کم ۱۲ کشته و بیش از ۳۰ زخمی برجای گذاشت.\n"
     "پلیس پاکستان اعلام کرد مهاجم پیاده بوده و هدف، نیروهای امنیتی مستقر در ایستگاه بوده‌اند. وزارت امور خارجه ایران این حمله را محکوم کرد.", "PK"),
    ("ایرنا", 28, "صادرات برق ایران به عراق از سر گرفته شد",
     "به گزارش ایرنا، سخنگوی صنعت برق گفت: صادرات برق به عراق پس از پایان اوج مصرف تابستان و با دریافت بخشی از مطالبات از سر گرفته شد.\n"
     "وی افزود: «هم‌اکنون روزانه حدود ۵۰۰ مگاوات برق از طریق خطوط مرزی خوزستان و کرمانشاه به عراق صادر می‌شود.»", "IQ"),
    ("فارس", 34, "انفجار در انبار مهمات حشدالشعبی در جنوب بغداد",
     "خبرگزاری فارس: منابع عراقی از وقوع انفجار در یک انبار مهمات متعلق به حشدالشعبی در منطقه جرف‌الصخر در جنوب بغداد خبر دادند.\n"
     "به گفته این منابع، این انفجار تلفات جانی نداشته و علت آن در دست بررسی است. برخی رسانه‌های عراقی از مشاهده پهپاد در آسمان منطقه پیش از انفجار خبر داده‌اند.", "IQ"),
    ("ایسنا", 38, "افزایش صادرات گاز ترکمنستان از مسیر ایران",
     "به گزارش ایسنا، مدیرعامل شرکت ملی گاز گفت: قرارداد سوآپ گاز ترکمنستان به عراق از مسیر ایران تمدید شد و حجم آن به ۱۰ میلیون مترمکعب در روز افزایش می‌یابد.\n"
     "گاز ترکمنستان از طریق مرز سرخس وارد شبکه سراسری ایران می‌شود.", "TM"),
    ("همشهری آنلاین", 41, "ارمنستان و آذربایجان متن نهایی توافق صلح را امضا کردند",
     "به گزارش همشهری آنلاین، وزیران خارجه ارمنستان و جمهوری آذربایجان در نشستی در ابوظبی متن نهایی توافق صلح دو کشور را پاراف کردند.\n"
     "سخنگوی وزارت امور خارجه ایران در واکنش گفت: «ایران از هر توافقی که به ثبات قفقاز جنوبی کمک کند و مرزهای بین‌المللی را تغییر ندهد، استقبال می‌کند.»", "AM"),
    ("خبرآنلاین", 48, "توقیف یک شناور ایرانی از سوی گارد ساحلی کویت",
     "به گزارش خبرآنلاین، گارد ساحلی کویت یک شناور تجاری ایرانی را به اتهام ورود غیرمجاز به آب‌های این کشور توقیف کرد.\n"
     "سرکنسول ایران در کویت گفت پیگیری‌ها برای آزادی ۹ خدمه این شناور که اهل بوشهر و گناوه هستند، ادامه دارد.", "KW"),
    ("ایرنا", 57, "سفر هیئت تجاری قطر به بندرعباس",
     "به گزارش ایرنا، یک هیئت تجاری ۳۰ نفره از قطر برای بررسی ظرفیت‌های صادراتی و خط کشتیرانی مستقیم دوحه ـ بندرعباس وارد هرمزگان شد.\n"
     "استاندار هرمزگان در دیدار با این هیئت گفت: «صادرات مصالح ساختمانی و مواد غذایی به قطر ظرفیت دو برابر شدن دارد.»", "QA"),
    ("رادیو فردا", 61, "عمان: دور تازه گفت‌وگوهای غیرمستقیم تهران و واشنگتن در مسقط برگزار می‌شود",
     "وزیر خارجه عمان اعلام کرد دور تازه گفت‌وگوهای غیرمستقیم ایران و آمریکا هفته آینده در مسقط برگزار خواهد شد.\n"
     "تهران هنوز این خبر را به طور رسمی تأیید نکرده است. گفت‌وگوهای دو کشور پس از جنگ دوازده‌روزه خرداد ۱۴۰۴ متوقف شده بود.", "OM"),
    ("تسنیم", 66, "حمله پهپادی به پایگاه نظامی در شمال سوریه",
     "به گزارش خبرگزاری تسنیم، منابع محلی از حمله پهپادی به یک پایگاه نظامی در حومه حلب خبر دادند.\n"
     "هنوز هیچ طرفی مسئولیت این حمله را بر عهده نگرفته و از تلفات احتمالی اطلاعی در دست نیست.", "SY"),
    ("ایلنا", 69, "کارگران ایرانی در اقلیم کردستان دستمزد نگرفته‌اند",
     "به گزارش خبرنگار ایلنا، شماری از کارگران ساختمانی اهل مریوان و بانه که در اربیل و سلیمانیه کار می‌کنند از پرداخت نشدن دستمزد چندماهه خود خبر می‌دهند.\n"
     "یکی از این کارگران گفت: «کارفرما پاسپورت ما را نگه داشته و نمی‌توانیم برگردیم.»", "IQ"),
]

# English briefs (hand-written)
ENGLISH: list[tuple[str, int, str, str]] = [
    ("Reuters", 1, "Iran's oil exports steady near 1.6 million bpd despite sanctions, trackers say",
     "LONDON, {dateline} (Reuters) - Iran's crude exports held near 1.6 million barrels per day in the first half of the month, according to tanker tracking firms, with most cargoes heading to independent refiners in China.\n"
     "Sanctions enforcement has failed to dent volumes significantly, analysts said, although discounts on Iranian Light have widened."),
    ("AP", 6, "Iran executes man convicted of killing police officer in Zahedan",
     "DUBAI, United Arab Emirates (AP) — Iran executed a man convicted of killing a police officer during unrest in the southeastern city of Zahedan, the judiciary's Mizan news agency reported.\n"
     "Rights groups said the man's confession was extracted under duress. Iran is among the world's top executioners."),
    ("AFP", 8, "Iran's Caspian sturgeon catch at record low",
     "Fishermen on Iran's Caspian Sea coast caught fewer than 300 sturgeon last season, the lowest on record, the head of the fisheries organisation in Gilan province said, blaming poaching, pollution and falling water levels."),
    ("Al Jazeera", 10, "Afghan returnees from Iran strain Herat's resources",
     "Aid agencies in western Afghanistan say they are struggling to cope with thousands of people crossing back from Iran each day at the Islam Qala border point.\n"
     "Many of the returnees were deported after Iranian authorities stepped up a campaign against undocumented migrants."),
    ("Tehran Times", 13, "Saffron harvest begins in South Khorasan",
     "TEHRAN – The saffron harvest has begun in South Khorasan province, with officials forecasting an output of about 40 tons despite drought, the provincial agriculture department said."),
    ("Reuters", 16, "Iran raises gasoline price for high-consumption users",
     "DUBAI, {dateline} (Reuters) - Iran introduced a higher price tier for gasoline bought above monthly quotas, state media reported, in a move the government said aimed at curbing smuggling and overconsumption.\n"
     "A 2019 fuel price hike triggered nationwide protests in which hundreds were killed."),
    ("AP", 19, "Magnitude 4.6 quake shakes southern Iran, no casualties reported",
     "TEHRAN, Iran (AP) — A magnitude 4.6 earthquake shook an area near the town of Lar in Iran's southern Fars province, state TV reported. There were no immediate reports of casualties or damage."),
    ("AFP", 23, "Iran blocks popular messaging app again, users say",
     "Internet users across Iran reported disruptions to a popular messaging service on Monday, with monitoring group NetBlocks confirming restrictions on several networks.\n"
     "Iranian officials did not comment. Authorities routinely restrict online platforms during periods of tension."),
    ("Al Jazeera", 26, "Pakistan says militants killed in raid near Iran border",
     "Pakistani security forces killed six fighters in a raid in the Panjgur district of Balochistan province near the Iranian border, the military said.\n"
     "Islamabad and Tehran have traded accusations in the past about armed groups operating from each other's territory."),
    ("Reuters", 29, "Turkey's Iran gas imports rise ahead of winter",
     "ANKARA, {dateline} (Reuters) - Turkey's imports of Iranian natural gas rose 12% year on year in the third quarter, energy ministry data showed, as Ankara stocked up ahead of winter. The 25-year supply contract between the two countries expires this year."),
    ("AP", 32, "Iraq's Kurdish region says Iranian drone hit village near border",
     "ERBIL, Iraq (AP) — A drone struck a village near the Iranian border in Iraq's northern Kurdish region, wounding two people, local officials said. They blamed Iran, which did not comment."),
    ("AFP", 35, "Iran hangs three drug traffickers in Birjand, rights group says",
     "Iran executed three men convicted of drug trafficking in a prison in the eastern city of Birjand, the Norway-based group Iran Human Rights said, adding that the number of drug-related executions has risen sharply this year."),
    ("Tehran Times", 37, "Isfahan hosts international handicrafts exhibition",
     "TEHRAN – The 12th international handicrafts exhibition opened in Isfahan on Sunday with exhibitors from 14 countries, the provincial cultural heritage department announced."),
    ("Reuters", 43, "Armenia, Iran sign deal to upgrade border road",
     "YEREVAN, {dateline} (Reuters) - Armenia and Iran signed an agreement to upgrade the road linking the Nordooz-Agarak border crossing with southern Armenia, the Armenian government said, part of efforts to boost trade along the north-south corridor."),
    ("AP", 47, "Iran says it test-fired cruise missile during naval drill near Strait of Hormuz",
     "DUBAI, United Arab Emirates (AP) — Iran's navy test-fired a cruise missile during a drill near the Strait of Hormuz, state TV reported, showing footage of a launch from a coastal battery near Jask."),
    ("Al Jazeera", 51, "Iran's Kurdish towns strike after executions",
     "Shops were shut in several Kurdish towns in western Iran including Sanandaj, Marivan and Baneh in a strike called to protest against the execution of two Kurdish political prisoners, rights groups said.\n"
     "Iranian state media did not report on the strike."),
    ("Reuters", 54, "Azerbaijan, Iran open new bridge on Aras river",
     "BAKU, {dateline} (Reuters) - Azerbaijan and Iran opened a road bridge over the Aras river near Aghband, part of a transit route linking mainland Azerbaijan with its Nakhchivan exclave through Iranian territory, Azerbaijani state media reported."),
    ("AFP", 57, "Tehran's metro fares rise 25 percent",
     "Tehran's city council approved a 25 percent rise in metro and bus fares from next month, local media reported, as inflation running above 40 percent squeezes municipal budgets."),
    ("AP", 60, "Gunmen kill two police officers in southeast Iran",
     "TEHRAN, Iran (AP) — Gunmen killed two police officers in an attack on a checkpoint near the city of Rask in Iran's Sistan and Baluchestan province, the official IRNA news agency reported. No group immediately claimed responsibility."),
    ("Tehran Times", 64, "Gilan tea harvest down 20 percent",
     "TEHRAN – Tea leaf purchases from farmers in Gilan and Mazandaran provinces fell 20 percent this season due to drought, the Tea Organization said."),
    ("Reuters", 67, "Iran's inflation eases slightly to 41%, statistics centre says",
     "DUBAI, {dateline} (Reuters) - Iran's annual inflation rate eased slightly to 41% in the month to Nov. 21, the Statistical Centre of Iran said, with food prices still rising faster than the headline rate."),
    ("Al Jazeera", 70, "Qatar, Iran discuss shared gas field as winter demand rises",
     "Qatari and Iranian energy officials met in Doha to discuss development of the giant offshore gas field the two countries share, known as South Pars in Iran and North Field in Qatar, state media in both countries reported."),
    ("AFP", 44, "Dozens of teachers detained after protests in Iran, union says",
     "Iranian security forces detained dozens of teachers who joined rallies over pay and pensions in several cities including Shiraz, Mashhad and Kermanshah, the Coordinating Council of Iranian Teachers' Trade Associations said."),
    ("AP", 25, "Afghan Taliban say Iran agreed to boost fuel exports",
     "ISLAMABAD (AP) — The Taliban-run government in Afghanistan said Iran agreed to increase fuel exports through the Dogharoun-Islam Qala crossing, after a visit by an Iranian trade delegation to Kabul."),
]



def singles(rng: random.Random) -> list[dict[str, Any]]:
    out = province_singles(rng)
    for outlet, n, title, text, _place in NEIGHBOURS:
        when = stamp(day(n), f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", "fa")
        out.append(finish_fa(item(outlet, when, title, text, rng), rng, digits=True))
    for outlet, n, title, text in ENGLISH:
        when = stamp(day(n), f"{rng.randint(9, 23)}:{rng.randint(0, 59):02d}", "en")
        text = text.replace("{dateline}", f"{EN_MONTHS[when.month - 1]} {when.day}")
        out.append(item(outlet, when, title, text, rng))
    return out
