"""Multi-report stories of the demo corpus (invented events, hand-written copy).

Each ``Spec`` is one event; ``reports`` says which outlet tells it, how, when:
``orig`` (the first report), ``copy`` (a near-copy under another outlet's lead),
``cite:<outlet>`` (a near-copy that names where it comes from), ``alt`` (an
independently written version), ``ext`` (diaspora/foreign Persian outlets retelling),
``en`` (English wire copy), ``follow:<i>`` (a later development). ``AR`` adds Arabic outlets' reports of
some of the stories (``arabic_items``).
Placeholders: {wd} weekday, {jd} Jalali date of the report's day, {jd1} of the day
before, {city} {prov}.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from didban.demo.write_corpus import (
    EN_MONTHS,
    EN_WEEKDAYS,
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
class Spec:
    place: str
    city: str
    start: int
    titles: list[str]
    body: list[str]
    reports: list[tuple[str, str, int, str]]  # (outlet, kind, day offset, "HH:MM")
    alt: list[str] = field(default_factory=list)
    ext: list[str] = field(default_factory=list)
    en: dict[str, tuple[str, str]] = field(default_factory=dict)
    follow: list[tuple[str, list[str]]] = field(default_factory=list)
    desk: str = "اجتماعی"


# near-copy edits: how one desk rewrites another's copy
SYNONYMS = [
    ("گفت:", "اظهار کرد:"), ("افزود:", "ادامه داد:"), ("اعلام کرد", "خبر داد"), ("روز گذشته", "دیروز"),
    ("به دنبال", "در پی"), ("همچنین", "همچنین"), ("تصریح کرد:", "یادآور شد:"), ("بامداد امروز", "صبح امروز"),
    ("مجروح", "زخمی"), ("هم‌اکنون", "در حال حاضر"),
]

S: list[Spec] = [
    Spec(
        "sistan-baluchestan", "سراوان", 3,
        ["شهادت دو مرزبان در درگیری مسلحانه در سراوان",
         "حمله اشرار مسلح به پاسگاه مرزی در سراوان؛ دو مرزبان شهید شدند",
         "دو مرزبان هنگ مرزی سراوان شهید و سه نفر مجروح شدند",
         "درگیری در مرز سراوان دو کشته برجای گذاشت",
         "اشرار مسلح به پاسگاه مرزی سراوان حمله کردند"],
        ["دو تن از مرزبانان هنگ مرزی سراوان بامداد امروز {wd} در درگیری مسلحانه با اشرار به شهادت رسیدند و سه مرزبان دیگر مجروح شدند.",
         "فرمانده مرزبانی استان سیستان و بلوچستان در این باره گفت: «حدود ساعت دو بامداد یک گروه مسلح از سمت ارتفاعات مرزی به پاسگاه جکیگور حمله کرد و مرزبانان با پاسخ قاطع مهاجمان را وادار به عقب‌نشینی کردند.»",
         "وی افزود: مجروحان این حادثه به بیمارستان امام خمینی (ره) سراوان منتقل شده‌اند و حال یکی از آن‌ها وخیم گزارش شده است.",
         "به گفته این مقام انتظامی، عملیات برای شناسایی و دستگیری عاملان این حمله با همکاری سایر نیروهای امنیتی آغاز شده است."],
        [("ایرنا", "orig", 0, "07:40"), ("ایسنا", "cite:ایرنا", 0, "08:15"), ("فارس", "copy", 0, "08:50"),
         ("تسنیم", "alt", 0, "09:30"), ("Reuters", "en", 0, "12:10"), ("بی‌بی‌سی فارسی", "ext", 0, "13:05"),
         ("ایرنا", "follow:0", 1, "11:20")],
        alt=["یک گروه تروریستی بامداد {wd} با سلاح‌های سبک و نیمه‌سنگین به یکی از پاسگاه‌های مرزی شهرستان سراوان در جنوب شرق کشور حمله کرد.",
             "بر اساس این گزارش، در این درگیری که نزدیک به یک ساعت ادامه داشت دو مرزبان به شهادت رسیدند و سه نفر دیگر مجروح شدند.",
             "معاون امنیتی و انتظامی استاندار سیستان و بلوچستان با بیان اینکه مهاجمان پس از درگیری به آن سوی مرز گریختند، تصریح کرد: «این جنایت بی‌پاسخ نمی‌ماند و موضوع از طریق کمیسیون مشترک مرزی با طرف پاکستانی پیگیری می‌شود.»"],
        ext=["رسانه‌های داخلی ایران از کشته شدن دو مرزبان و زخمی شدن سه تن دیگر در حمله افراد مسلح به یک پاسگاه مرزی در شهرستان سراوان در استان سیستان و بلوچستان خبر دادند.",
             "خبرگزاری رسمی ایرنا به نقل از فرمانده مرزبانی استان نوشت که مهاجمان از سمت ارتفاعات مرزی حمله کرده‌اند. تاکنون هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.",
             "سیستان و بلوچستان در سال‌های اخیر بارها شاهد درگیری‌های مسلحانه میان نیروهای امنیتی و گروه‌های مسلح بلوچ بوده است."],
        en={"Reuters": ("Gunmen kill two Iranian border guards near Pakistan border",
                        "DUBAI, {dateline} (Reuters) - Gunmen killed two Iranian border guards and wounded three others in an attack on a border post in the southeastern province of Sistan-Baluchestan, Iran's state news agency IRNA reported on {weekday}.\n"
                        "The attack took place near the town of Saravan, close to the border with Pakistan, IRNA said, citing the provincial border guard commander. No group immediately claimed responsibility.\n"
                        "The impoverished province, home to Iran's Baluch minority, has long been the scene of clashes between security forces and militants.")},
        follow=[("تشییع پیکر مرزبانان شهید سراوان در زاهدان؛ دو مظنون دستگیر شدند",
                 ["پیکر دو مرزبان شهید حادثه تروریستی سراوان امروز {wd} با حضور مسئولان استانی و اقشار مختلف مردم در زاهدان تشییع شد.",
                  "فرمانده انتظامی استان سیستان و بلوچستان در حاشیه این مراسم گفت: «دو نفر از عوامل پشتیبانی گروهک مهاجم در عملیات اطلاعاتی دستگیر شده‌اند و تحقیقات ادامه دارد.»",
                  "وی افزود: حال مجروحان حادثه بامداد {jd1} رو به بهبود است."])],
        desk="انتظامی",
    ),
    Spec(
        "sistan-baluchestan", "خاش", 21,
        ["شهادت مأمور انتظامی در محور خاش ـ زاهدان",
         "تیراندازی به خودروی گشت پلیس در محور زاهدان ـ خاش",
         "یک مأمور پلیس در حمله افراد مسلح در خاش کشته شد"],
        ["یک مأمور انتظامی شامگاه {wd} در تیراندازی افراد ناشناس به خودروی گشت پلیس راه در محور خاش ـ زاهدان به شهادت رسید.",
         "رئیس پلیس راه استان سیستان و بلوچستان با اعلام این خبر گفت: ضاربان پس از تیراندازی با یک خودروی سواری متواری شدند و تعقیب آن‌ها ادامه دارد.",
         "وی افزود: راننده خودروی گشت نیز از ناحیه دست مجروح شده و به بیمارستان خاش منتقل شده است."],
        [("مهر", "orig", 0, "22:40"), ("باشگاه خبرنگاران جوان", "copy", 0, "23:15"), ("رادیو فردا", "ext", 1, "09:30")],
        ext=["خبرگزاری مهر از کشته شدن یک مأمور پلیس در حمله افراد مسلح به خودروی گشت در جاده خاش به زاهدان خبر داد.",
             "به گزارش این خبرگزاری، یک مأمور دیگر نیز زخمی شده است. گروه جیش‌العدل که پیش‌تر مسئولیت چند حمله مشابه را بر عهده گرفته بود، تا زمان تنظیم این خبر واکنشی نشان نداده است."],
        desk="انتظامی",
    ),
    Spec(
        "sistan-baluchestan", "نیکشهر", 40,
        ["سیلاب در جنوب سیستان و بلوچستان؛ ۳ نفر جان باختند",
         "جاری شدن سیل در نیکشهر و چابهار؛ راه ارتباطی ۴۰ روستا قطع شد",
         "سیل در جنوب سیستان و بلوچستان سه قربانی گرفت",
         "بارش‌های سیل‌آسا در جنوب استان؛ امدادرسانی ادامه دارد"],
        ["بارش‌های شدید باران از شامگاه {jd1} در جنوب استان سیستان و بلوچستان موجب جاری شدن سیلاب در شهرستان‌های نیکشهر، چابهار و قصرقند شد.",
         "مدیرکل مدیریت بحران استان سیستان و بلوچستان در این باره گفت: «تاکنون جان باختن سه نفر از جمله یک کودک در سیلاب تأیید شده و راه ارتباطی حدود ۴۰ روستا قطع است.»",
         "وی با بیان اینکه تیم‌های هلال احمر با بالگرد در حال امدادرسانی به مناطق محاصره‌شده هستند، افزود: ۳۲۰ نفر در اسکان اضطراری قرار گرفته‌اند.",
         "بر اساس اعلام اداره کل هواشناسی استان، بارش‌ها تا پایان روز {wd} ادامه خواهد داشت."],
        [("ایرنا", "orig", 0, "10:05"), ("خبرگزاری صدا و سیما", "copy", 0, "10:40"), ("ایسنا", "alt", 0, "12:30"),
         ("همشهری آنلاین", "cite:ایسنا", 0, "14:00"), ("AFP", "en", 0, "16:20"), ("ایرنا", "follow:0", 1, "09:15"),
         ("ایسنا", "follow:1", 2, "11:45")],
        alt=["سامانه بارشی از بعدازظهر دیروز مناطق جنوبی سیستان و بلوچستان را فرا گرفت و رودخانه‌های سرباز و کاجو طغیان کردند.",
             "رئیس جمعیت هلال احمر استان با اعلام اینکه سه نفر در سیلاب جان خود را از دست داده‌اند، اظهار داشت: «یک نفر نیز مفقود است و جست‌وجو برای یافتن او ادامه دارد.»",
             "به گفته وی، ۱۸ تیم عملیاتی و دو فروند بالگرد در منطقه مستقر شده‌اند."],
        en={"AFP": ("Flash floods kill three in southeast Iran",
                    "Flash floods triggered by heavy rain killed three people, including a child, in Iran's southeastern Sistan-Baluchestan province, state media said on {weekday}.\n"
                    "Roads to some 40 villages near Nikshahr and Chabahar were cut off, the provincial crisis management chief told the official IRNA news agency, adding that Red Crescent helicopters were ferrying food to stranded residents.")},
        follow=[("شمار جان‌باختگان سیل جنوب سیستان و بلوچستان به ۵ نفر رسید",
                 ["با پیدا شدن پیکر دو نفر از مفقودان، شمار جان‌باختگان سیلاب جنوب سیستان و بلوچستان به پنج نفر رسید.",
                  "استاندار سیستان و بلوچستان که امروز {wd} از مناطق سیل‌زده نیکشهر بازدید کرد، گفت: «راه ارتباطی ۲۶ روستا بازگشایی شده و تلاش برای بازگشایی بقیه مسیرها ادامه دارد.»",
                  "وی افزود: خسارت اولیه سیل به بخش کشاورزی و زیرساخت‌ها بیش از ۲ هزار میلیارد تومان برآورد می‌شود."]),
                ("درخواست اعلام وضعیت اضطراری در مناطق سیل‌زده نیکشهر",
                 ["نماینده مردم نیکشهر و قصرقند در مجلس شورای اسلامی با حضور در مناطق سیل‌زده خواستار اعلام وضعیت اضطراری در این شهرستان‌ها شد.",
                  "وی گفت: «بسیاری از نخلستان‌ها و باغ‌های موز از بین رفته و مردم به کمک فوری نیاز دارند.»",
                  "بنا بر آخرین آمار، سیلاب اخیر پنج کشته برجای گذاشته و بیش از ۹۰۰ واحد مسکونی آسیب دیده است."])],
    ),
    Spec(
        "kermanshah", "سرپل ذهاب", 12,
        ["زلزله ۵.۴ ریشتری سرپل ذهاب را لرزاند؛ ۴۰ نفر مصدوم شدند",
         "زمین‌لرزه ۵.۴ ریشتری در کرمانشاه؛ مصدومیت ۴۰ نفر",
         "زلزله در سرپل ذهاب؛ خسارت به ۱۲۰ واحد مسکونی روستایی",
         "زمین لرزه غرب کشور را لرزاند",
         "جزئیات زلزله امروز کرمانشاه"],
        ["زمین‌لرزه‌ای به بزرگی ۵.۴ ریشتر ساعت ۶ و ۱۲ دقیقه صبح امروز {wd} حوالی سرپل ذهاب در استان کرمانشاه را لرزاند.",
         "به گزارش مرکز لرزه‌نگاری کشوری وابسته به موسسه ژئوفیزیک دانشگاه تهران، این زلزله در عمق ۱۰ کیلومتری زمین رخ داده است.",
         "رئیس دانشگاه علوم پزشکی کرمانشاه گفت: «تاکنون ۴۰ مصدوم به مراکز درمانی مراجعه کرده‌اند که بیشتر آن‌ها به صورت سرپایی درمان و ترخیص شده‌اند.»",
         "مدیرکل مدیریت بحران استان نیز افزود: به حدود ۱۲۰ واحد مسکونی روستایی خسارت وارد شده و تیم‌های ارزیاب در منطقه حضور دارند."],
        [("ایرنا", "orig", 0, "07:30"), ("مهر", "cite:ایرنا", 0, "07:55"), ("تسنیم", "alt", 0, "08:40"),
         ("خبرآنلاین", "copy", 0, "09:10"), ("AP", "en", 0, "10:00")],
        alt=["زلزله صبح امروز سرپل ذهاب که در شهرهای قصرشیرین، اسلام‌آباد غرب و کرمانشاه نیز احساس شد، موجب وحشت مردم و خروج آن‌ها از منازل شد.",
             "رئیس جمعیت هلال احمر استان کرمانشاه اظهار داشت: «۱۴ تیم ارزیاب به مناطق زلزله‌زده اعزام شده و تاکنون گزارشی از فوتی نداشته‌ایم.»",
             "وی با اشاره به خسارت به منازل قدیمی روستاهای اطراف سرپل ذهاب گفت: توزیع چادر و اقلام زیستی آغاز شده است."],
        en={"AP": ("Magnitude 5.4 quake injures 40 in western Iran",
                   "TEHRAN, Iran (AP) — A magnitude 5.4 earthquake struck western Iran early {weekday}, injuring about 40 people and damaging homes in villages near the town of Sarpol-e Zahab, state media reported.\n"
                   "The quake hit at a depth of 10 kilometers (6 miles), according to Tehran University's seismological center. Most of the injured were treated and released, a local health official said.\n"
                   "Sarpol-e Zahab was devastated by a magnitude 7.3 quake in 2017 that killed more than 600 people.")},
        desk="حوادث",
    ),
    Spec(
        "azarbaijan-gharbi", "خوی", 49,
        ["زلزله ۴.۹ ریشتری خوی را لرزاند", "زمین‌لرزه در خوی؛ ۷ نفر مصدوم شدند",
         "زلزله خوی خسارت جانی نداشت"],
        ["زلزله‌ای به بزرگی ۴.۹ ریشتر شامگاه {wd} خوی در استان آذربایجان غربی را لرزاند.",
         "فرماندار خوی گفت: «هفت نفر به دلیل هراس و سقوط از پله دچار مصدومیت جزئی شدند و خسارت جدی به ساختمان‌ها گزارش نشده است.»",
         "این زمین‌لرزه در سلماس و چایپاره نیز احساس شد."],
        [("ایسنا", "orig", 0, "21:50"), ("باشگاه خبرنگاران جوان", "copy", 0, "22:20")],
        desk="حوادث",
    ),
    Spec(
        "kordestan", "مریوان", 27,
        ["درگیری در ارتفاعات مریوان؛ یک پاسدار شهید و دو عضو گروهک تروریستی هلاکت رسیدند",
         "شهادت یک پاسدار در درگیری با تیم تروریستی در مریوان",
         "قرارگاه حمزه سیدالشهدا: تیم تروریستی در مریوان منهدم شد",
         "گزارش‌ها از درگیری مسلحانه در مریوان؛ یک پاسدار کشته شد"],
        ["قرارگاه حمزه سیدالشهدا (ع) نیروی زمینی سپاه در اطلاعیه‌ای اعلام کرد یک تیم تروریستی وابسته به گروهک‌های ضدانقلاب که قصد ورود به کشور از ارتفاعات مرزی مریوان را داشت، شناسایی و منهدم شد.",
         "در این اطلاعیه آمده است: در این درگیری دو تروریست به هلاکت رسیدند و یکی از رزمندگان سپاه به نام سرباز وظیفه رضا نوروزی به شهادت رسید.",
         "بر اساس این گزارش، مقادیری سلاح و مهمات از تروریست‌ها کشف و ضبط شده است."],
        [("تسنیم", "orig", 0, "16:20"), ("فارس", "copy", 0, "16:45"), ("ایرنا", "cite:تسنیم", 0, "17:30"),
         ("رادیو فردا", "ext", 0, "19:00")],
        ext=["خبرگزاری تسنیم، وابسته به سپاه پاسداران، از درگیری مسلحانه میان نیروهای سپاه و یک «تیم تروریستی» در ارتفاعات مریوان در استان کردستان خبر داد.",
             "به نوشته تسنیم، در این درگیری یک عضو سپاه و دو عضو این گروه کشته شده‌اند. هویت گروه مسلح به طور مستقل قابل تأیید نیست و تا کنون هیچ گروهی درباره آن اطلاعیه‌ای منتشر نکرده است."],
        desk="دفاعی",
    ),
    Spec(
        "IQ", "اربیل", 30,
        ["حمله پهپادی و توپخانه‌ای سپاه به مقرهای گروهک‌های تروریستی در شمال عراق",
         "سپاه مقرهای گروهک‌های تجزیه‌طلب در اقلیم کردستان عراق را هدف قرار داد",
         "نیروی زمینی سپاه: مقرهای تروریست‌ها در شمال عراق با پهپاد هدف قرار گرفت",
         "حمله سپاه به مواضع احزاب کرد ایرانی در اقلیم کردستان"],
        ["نیروی زمینی سپاه پاسداران انقلاب اسلامی بامداد امروز {wd} در اطلاعیه‌ای اعلام کرد مقرهای گروهک‌های تروریستی تجزیه‌طلب در اقلیم کردستان عراق با آتش توپخانه و پهپادهای انهدامی هدف قرار گرفت.",
         "در این اطلاعیه آمده است: «این عملیات در پی تحرکات اخیر گروهک‌ها در نوار مرزی و حمله به نیروهای امنیتی در مریوان انجام شد و تا خلع سلاح کامل آن‌ها ادامه خواهد یافت.»",
         "نیروی زمینی سپاه از دولت مرکزی عراق و مقامات اقلیم خواست به تعهدات خود در توافق امنیتی مرزی عمل کنند."],
        [("تسنیم", "orig", 0, "08:00"), ("ایسنا", "cite:تسنیم", 0, "08:40"), ("Reuters", "en", 0, "11:30"),
         ("Al Jazeera", "en", 0, "13:45"), ("بی‌بی‌سی فارسی", "ext", 0, "12:20")],
        ext=["سپاه پاسداران ایران می‌گوید مواضع گروه‌های مسلح کرد مخالف جمهوری اسلامی را در اقلیم کردستان عراق با پهپاد و توپخانه هدف قرار داده است.",
             "رسانه‌های محلی در اقلیم کردستان از اصابت دست‌کم هفت پهپاد به مناطقی در اطراف کویه و سیدکان در استان اربیل خبر داده‌اند. به گفته مقام‌های محلی، یک غیرنظامی زخمی شده است.",
             "وزارت امور خارجه عراق هنوز به این حملات واکنشی نشان نداده است."],
        en={"Reuters": ("Iran's Revolutionary Guards strike Kurdish groups in northern Iraq",
                        "DUBAI, {dateline} (Reuters) - Iran's Revolutionary Guards said on {weekday} they had struck bases of Kurdish militant groups in Iraq's Kurdistan region with artillery and drones, Iranian state media reported.\n"
                        "The Guards' ground forces said the operation followed a clash near the Iranian border town of Marivan, according to the Tasnim news agency, which is affiliated with the Guards.\n"
                        "Local officials in Erbil province said at least seven drones hit areas near Koya and Sidakan, wounding one civilian."),
            "Al Jazeera": ("Iran strikes Kurdish opposition bases in Iraq's Kurdistan region",
                           "Iran's Islamic Revolutionary Guard Corps (IRGC) has launched drone and artillery attacks on what it called \"terrorist\" bases in northern Iraq, days after a deadly clash on the border.\n"
                           "Kurdish officials in Erbil condemned the strikes as a violation of Iraq's sovereignty. Tehran accuses Iranian Kurdish opposition groups based in the semi-autonomous region of smuggling weapons into Iran, a charge the groups deny.\n"
                           "Baghdad and Tehran signed a border security agreement in 2023 under which Iraq pledged to disarm the groups and move them away from the frontier.")},
        desk="دفاعی",
    ),
    Spec(
        "azarbaijan-gharbi", "پیرانشهر", 44,
        ["کشته شدن دو کولبر در ارتفاعات پیرانشهر", "دو کولبر در مرز پیرانشهر جان باختند",
         "گزارش‌ها از کشته شدن دو کولبر با شلیک نیروهای مرزی"],
        ["گزارش‌ها از کشته شدن دو کولبر در ارتفاعات مرزی پیرانشهر در استان آذربایجان غربی حکایت دارد.",
         "سازمان حقوق بشری هەنگاو روز {wd} اعلام کرد این دو کولبر اهل روستاهای اطراف پیرانشهر بوده و با شلیک مستقیم نیروهای مرزبانی جان باخته‌اند.",
         "مقام‌های رسمی تا کنون درباره این گزارش اظهار نظر نکرده‌اند. بر اساس آمار این سازمان، از ابتدای سال جاری دست‌کم ۳۸ کولبر در مناطق مرزی کشته شده‌اند."],
        [("رادیو فردا", "orig", 0, "14:30"), ("بی‌بی‌سی فارسی", "cite:رادیو فردا", 0, "16:00"), ("ایلنا", "alt", 1, "10:10")],
        alt=["نماینده مردم پیرانشهر و سردشت در مجلس با اشاره به جان باختن دو کولبر در مرز گفت: «تا زمانی که برای معیشت مردم مرزنشین چاره‌ای اندیشیده نشود، این حوادث تلخ تکرار خواهد شد.»",
             "وی افزود: بازارچه‌های مرزی باید فعال شود و کارت کولبری به شکل گسترده‌تر صادر شود تا مردم برای امرار معاش جان خود را به خطر نیندازند."],
    ),
    Spec(
        "khuzestan", "شادگان", 23,
        ["تجمع اعتراضی اهالی شادگان به قطعی آب", "قطع آب شرب در شادگان به اعتراض کشید",
         "اعتراض به بی‌آبی در روستاهای شادگان", "معاون استاندار خوزستان: آب شادگان تا دو روز آینده وصل می‌شود"],
        ["جمعی از اهالی شادگان و روستاهای اطراف روز {wd} در اعتراض به قطعی چندروزه آب شرب مقابل فرمانداری این شهرستان تجمع کردند.",
         "معترضان با در دست داشتن ظرف‌های خالی آب خواستار رسیدگی فوری مسئولان شدند. یکی از شرکت‌کنندگان گفت: «هفت روز است آب نداریم و تانکرها فقط به بخشی از محله‌ها می‌رسند.»",
         "مدیرعامل شرکت آب و فاضلاب خوزستان علت قطعی را شکستگی خط انتقال آب از تصفیه‌خانه عنوان کرد."],
        [("ایلنا", "orig", 0, "13:15"), ("رادیو فردا", "ext", 0, "17:40"), ("ایسنا", "follow:0", 1, "10:30"),
         ("شرق", "follow:1", 2, "08:20")],
        ext=["گزارش‌ها و ویدیوهای منتشرشده در شبکه‌های اجتماعی از تجمع اعتراضی ساکنان شادگان در استان خوزستان به قطعی آب آشامیدنی حکایت دارد.",
             "خبرگزاری ایلنا نوشته است معترضان مقابل فرمانداری شهر جمع شدند. خوزستان در سال‌های گذشته بارها شاهد اعتراض به کم‌آبی بوده است؛ اعتراضات تابستان ۱۴۰۰ در این استان با کشته شدن چند نفر همراه بود."],
        follow=[("معاون استاندار خوزستان: آب شادگان تا دو روز آینده وصل می‌شود",
                 ["معاون عمرانی استاندار خوزستان با حضور در شادگان گفت: «تعمیر خط انتقال آب آغاز شده و تا دو روز آینده آب شرب شهر به حالت عادی بازمی‌گردد.»",
                  "وی با بیان اینکه ۳۵ دستگاه تانکر برای آبرسانی سیار به شادگان اعزام شده است، تصریح کرد: فرسودگی خطوط انتقال آب در خوزستان نیازمند اعتبار ملی است."]),
                ("بی‌آبی شادگان؛ روایت سه روز انتظار",
                 ["قطعی آب در شادگان وارد روز دهم شده است. اهالی می‌گویند وعده وصل شدن آب تا امروز محقق نشده و صف‌های طولانی کنار تانکرها همچنان برقرار است.",
                  "یکی از اعضای شورای شهر شادگان به شرق گفت: «مشکل فقط یک شکستگی نیست؛ تصفیه‌خانه شهر ظرفیت کافی ندارد و هر تابستان و پاییز همین وضع تکرار می‌شود.»"])],
    ),
    Spec(
        "isfahan", "ورزنه", 33,
        ["تجمع کشاورزان شرق اصفهان برای حقابه زاینده‌رود", "کشاورزان ورزنه خواستار رهاسازی آب زاینده‌رود شدند",
         "اعتراض کشاورزان اصفهانی به تأخیر در کشت پاییزه", "Isfahan farmers protest over Zayandeh Rud water"],
        ["صدها نفر از کشاورزان شرق اصفهان روز {wd} در ورزنه تجمع کردند و خواستار رهاسازی حقابه کشت پاییزه از سد زاینده‌رود شدند.",
         "رئیس صنف کشاورزان شرق اصفهان گفت: «زمان کشت گندم و جو در حال از دست رفتن است و اگر تا پایان هفته آب رها نشود، کشاورزان خسارت جبران‌ناپذیری می‌بینند.»",
         "مدیرعامل شرکت آب منطقه‌ای اصفهان در واکنش اعلام کرد ذخیره سد زاینده‌رود به کمتر از ۱۲ درصد رسیده و رهاسازی آب منوط به تصمیم شورای هماهنگی حوضه است."],
        [("ایسنا", "orig", 0, "12:00"), ("مهر", "alt", 0, "13:20"), ("رادیو فردا", "ext", 0, "18:10"), ("AFP", "en", 1, "09:00")],
        alt=["کشاورزان شرق اصفهان با تجمع در مسیر خشک زاینده‌رود در ورزنه بار دیگر به تأمین نشدن حقابه خود اعتراض کردند.",
             "یکی از کشاورزان حاضر در تجمع با بیان اینکه «سه سال است کشت نکرده‌ایم»، افزود: وعده‌های مسئولان برای انتقال آب و احیای تالاب گاوخونی عملی نشده است.",
             "فرماندار اصفهان نیز با حضور در جمع کشاورزان گفت: درخواست آن‌ها به شورای عالی آب منتقل می‌شود."],
        ext=["کشاورزان شرق اصفهان بار دیگر در اعتراض به تأمین نشدن حقابه خود از زاینده‌رود تجمع کردند.",
             "به گزارش خبرگزاری ایسنا، کشاورزان خواستار رهاسازی آب برای کشت پاییزه شده‌اند. زاینده‌رود در بخش بزرگی از سال خشک است و اعتراض کشاورزان اصفهان به سهم آب، در سال‌های گذشته به درگیری با نیروهای امنیتی نیز کشیده شده بود."],
        en={"AFP": ("Iranian farmers rally over dried-up Zayandeh Rud river",
                    "Hundreds of farmers rallied in central Iran on {weekday} to demand water from a dam on the Zayandeh Rud, the river that once flowed through the historic city of Isfahan, local media reported.\n"
                    "The farmers gathered in the town of Varzaneh, east of Isfahan, and warned that the autumn wheat planting season was slipping away, the ISNA news agency said. The regional water company said the dam was less than 12 percent full.")},
    ),
    Spec(
        "tehran", "تهران", 55,
        ["ذخایر سدهای تهران به ۸ درصد رسید", "هشدار درباره وضعیت آب تهران؛ کاهش فشار شبانه ادامه دارد",
         "مدیرعامل آب و فاضلاب استان تهران: مصرف را ۲۰ درصد کاهش دهید", "Tehran dams fall to 8% as water crisis deepens"],
        ["مدیرعامل شرکت آب منطقه‌ای تهران روز {wd} اعلام کرد حجم ذخایر پنج سد تأمین‌کننده آب پایتخت به حدود ۸ درصد ظرفیت رسیده است.",
         "وی گفت: «با ادامه خشکسالی و کاهش ۴۰ درصدی بارش‌ها نسبت به بلندمدت، ناچار به ادامه کاهش فشار آب در ساعات شب هستیم.»",
         "این مقام مسئول افزود: اگر مشترکان مصرف خود را دست‌کم ۲۰ درصد کاهش ندهند، احتمال جیره‌بندی آب در برخی مناطق تهران وجود دارد."],
        [("ایرنا", "orig", 0, "11:00"), ("همشهری آنلاین", "copy", 0, "11:45"), ("خبرآنلاین", "cite:ایرنا", 0, "12:30"),
         ("Reuters", "en", 0, "15:00")],
        en={"Reuters": ("Tehran's reservoirs fall to 8% as Iran's drought deepens",
                        "DUBAI, {dateline} (Reuters) - Reservoirs supplying Iran's capital Tehran have fallen to about 8% of capacity, the head of the regional water company said on {weekday}, warning of rationing if consumption does not drop.\n"
                        "Rainfall has been 40% below the long-term average, he told the state news agency IRNA. Authorities have already been cutting water pressure at night in parts of the city of some 10 million people.")},
    ),
    Spec(
        "khorasan-razavi", "مشهد", 58,
        ["افت فشار آب در مشهد؛ برنامه کاهش فشار اعلام شد", "آب مشهد شب‌ها کم‌فشار می‌شود"],
        ["مدیرعامل آبفای مشهد از اجرای برنامه کاهش فشار آب در ساعات شب از امشب خبر داد.",
         "وی با اشاره به کاهش ۵۵ درصدی ورودی سدهای دوستی و طرق گفت: «ساکنان طبقات بالا بهتر است از مخزن و پمپ استفاده کنند.»"],
        [("تسنیم", "orig", 0, "19:20"), ("باشگاه خبرنگاران جوان", "copy", 0, "20:05")],
    ),
    Spec(
        "hormozgan", "بندرعباس", 46,
        ["فعال شدن پدافند هوایی در آسمان بندرعباس", "صدای انفجار در بندرعباس؛ پدافند یک پهپاد کوچک را منهدم کرد",
         "توضیح استانداری هرمزگان درباره صدای انفجار در بندرعباس"],
        ["معاون سیاسی و امنیتی استاندار هرمزگان گفت: صدای شنیده‌شده در شرق بندرعباس شامگاه {wd} مربوط به فعالیت سامانه پدافند هوایی برای مقابله با یک ریزپرنده بوده است.",
         "وی افزود: «این ریزپرنده در فاصله‌ای دور از مناطق مسکونی منهدم شد و جای هیچ نگرانی برای مردم وجود ندارد.»",
         "به گفته این مقام، منشأ ریزپرنده در دست بررسی است."],
        [("فارس", "orig", 0, "23:10"), ("تسنیم", "copy", 0, "23:30"), ("ایرنا", "cite:خبرگزاری فارس", 1, "00:15"),
         ("AP", "en", 1, "07:30")],
        en={"AP": ("Iran says air defenses downed small drone near Bandar Abbas",
                   "TEHRAN, Iran (AP) — Air defenses near the southern Iranian port city of Bandar Abbas shot down a small drone late {weekday}, a provincial official said, after residents reported hearing blasts.\n"
                   "The deputy governor of Hormozgan province told the semiofficial Fars news agency that the drone was destroyed far from residential areas and that its origin was under investigation.")},
        desk="دفاعی",
    ),
    Spec(
        "bushehr", "بوشهر", 37,
        ["توقیف نفتکش خارجی حامل سوخت قاچاق در خلیج فارس", "سپاه یک نفتکش خارجی را در خلیج فارس توقیف کرد",
         "توقیف شناور خارجی با ۲ میلیون لیتر سوخت قاچاق", "Iran seizes foreign tanker in Gulf over fuel smuggling"],
        ["فرمانده منطقه دوم نیروی دریایی سپاه در بوشهر از توقیف یک فروند نفتکش خارجی حامل ۲ میلیون لیتر سوخت قاچاق در آب‌های خلیج فارس خبر داد.",
         "وی گفت: «این نفتکش با ۱۲ خدمه خارجی در جریان گشت‌زنی شناورهای سپاه شناسایی و پس از بازرسی توقیف شد.»",
         "به گفته این فرمانده، شناور توقیف‌شده به اسکله بوشهر منتقل شده و پرونده آن برای سیر مراحل قانونی به مراجع قضایی ارسال شده است."],
        [("تسنیم", "orig", 0, "10:30"), ("ایرنا", "cite:تسنیم", 0, "11:15"), ("Reuters", "en", 0, "13:00"),
         ("AP", "en", 0, "14:20")],
        en={"Reuters": ("Iran seizes foreign tanker carrying smuggled fuel in Gulf - Tasnim",
                        "DUBAI, {dateline} (Reuters) - Iran's Revolutionary Guards have seized a foreign tanker carrying 2 million litres of smuggled fuel in the Gulf, the Tasnim news agency reported on {weekday}.\n"
                        "The vessel, with 12 foreign crew members, was taken to the port of Bushehr, a Guards naval commander was quoted as saying. He did not name the tanker or its flag."),
            "AP": ("Iran says it seized tanker smuggling fuel in Persian Gulf",
                   "DUBAI, United Arab Emirates (AP) — Iran's paramilitary Revolutionary Guard seized a foreign-flagged tanker it accused of smuggling fuel in the Persian Gulf, Iranian state media said {weekday}.\n"
                   "Such seizures have become routine in the waters off Iran, where heavily subsidized fuel is among the cheapest in the world. Shipping tracking data showed no immediate sign of which vessel was involved.")},
        desk="دفاعی",
    ),
    Spec(
        "semnan", "سمنان", 52,
        ["رزمایش پدافند هوایی ارتش در مناطق مرکزی کشور آغاز شد", "آغاز رزمایش مشترک پدافند هوایی در سمنان و اصفهان",
         "شلیک موشک در رزمایش پدافند؛ مردم نگران نباشند"],
        ["رزمایش مشترک پدافند هوایی با حضور یگان‌های ارتش و سپاه از امروز {wd} در مناطق مرکزی کشور از جمله استان‌های سمنان و اصفهان آغاز شد.",
         "سخنگوی رزمایش گفت: «در این رزمایش سامانه‌های موشکی بومی در برابر اهداف پهپادی و موشک‌های کروز آزمایش می‌شوند.»",
         "وی افزود: ممکن است در ساعات برگزاری رزمایش صدای انفجار یا شلیک شنیده شود و جای نگرانی نیست."],
        [("ایرنا", "orig", 0, "09:00"), ("مهر", "copy", 0, "09:25"), ("Al Jazeera", "en", 0, "14:00")],
        en={"Al Jazeera": ("Iran begins air defence drills in central provinces",
                           "Iran's army and Revolutionary Guard have begun joint air defence exercises across central provinces including Semnan and Isfahan, state media reported, testing domestically built missile systems against drones and cruise missiles.\n"
                           "Authorities warned residents they might hear explosions during the drills. The exercises come amid continued tension with Israel and the United States.")},
        desk="دفاعی",
    ),
    Spec(
        "AF", "کابل", 18,
        ["سفر هیئت ایرانی به کابل برای پیگیری حقابه هیرمند", "گفت‌وگوی ایران و افغانستان درباره حقابه هیرمند در کابل",
         "کاظمی قمی: طالبان متعهد به تحویل حقابه ایران شد", "Iran, Taliban officials discuss Helmand water in Kabul"],
        ["هیئتی از وزارت نیرو و وزارت امور خارجه روز {wd} برای پیگیری حقابه ایران از رودخانه هیرمند وارد کابل شد.",
         "معاون وزیر نیرو در بدو ورود گفت: «بر اساس معاهده ۱۳۵۱، ایران سالانه ۸۲۰ میلیون مترمکعب حقابه دارد و انتظار داریم طرف افغان به تعهدات خود عمل کند.»",
         "وی افزود: وضعیت دریاچه هامون و معیشت مردم سیستان به تحویل این آب وابسته است."],
        [("ایرنا", "orig", 0, "12:40"), ("ایسنا", "copy", 0, "13:20"), ("AP", "en", 1, "08:10")],
        en={"AP": ("Iranian delegation in Kabul to press Taliban on Helmand river water",
                   "ISLAMABAD (AP) — An Iranian delegation held talks with Taliban officials in Kabul on Iran's share of water from the Helmand River, a long-running dispute that has sparked border clashes, Iranian state media said.\n"
                   "Under a 1973 treaty, Afghanistan is to deliver 820 million cubic meters of water a year to Iran. Tehran says it has received only a fraction of that, while the Taliban cite drought.")},
        desk="سیاسی",
    ),
    Spec(
        "sistan-baluchestan", "زابل", 47,
        ["تبادل آتش مرزبانان ایران و نیروهای طالبان در مرز میلک", "تیراندازی در مرز میلک؛ یک مرزبان افغان کشته شد",
         "فرمانده مرزبانی: حادثه مرزی میلک یک سوءتفاهم بود"],
        ["درگیری کوتاهی میان مرزبانان ایران و نیروهای طالبان در نزدیکی گذرگاه مرزی میلک در شهرستان زهک روز {wd} رخ داد.",
         "فرمانده مرزبانی سیستان و بلوچستان گفت: «این حادثه ناشی از سوءتفاهم درباره محل احداث یک دکل دیدبانی بود و با هماهنگی طرفین مهار شد.»",
         "منابع محلی از کشته شدن یک نیروی طالبان خبر داده‌اند اما مقام‌های رسمی ایرانی این موضوع را تأیید نکرده‌اند. تردد در گذرگاه میلک پس از چند ساعت برقرار شد."],
        [("ایسنا", "orig", 0, "17:00"), ("رادیو فردا", "alt", 0, "19:30"), ("AFP", "en", 0, "20:00")],
        alt=["منابع طالبان می‌گویند در تیراندازی میان نیروهای مرزی ایران و افغانستان در نزدیکی گذرگاه میلک یک عضو طالبان کشته و دو نفر زخمی شده‌اند.",
             "سخنگوی فرماندهی امنیه ولایت نیمروز به رسانه‌های محلی گفت درگیری پس از آن آغاز شد که ایران قصد نصب تجهیزات در نوار مرزی را داشت. مقام‌های ایرانی از «سوءتفاهم» سخن گفته‌اند."],
        en={"AFP": ("Iranian and Taliban border forces exchange fire",
                    "Iranian border guards and Taliban forces exchanged fire near the Milak border crossing on {weekday}, officials on both sides said, in the latest flare-up along a frontier strained by a dispute over water.\n"
                    "A Taliban police spokesman in Nimroz province said one Taliban fighter was killed. Iran's border guard commander described the incident as a misunderstanding and said calm had been restored.")},
        desk="انتظامی",
    ),
    Spec(
        "PK", "کویته", 62,
        ["نشست کمیسیون مشترک مرزی ایران و پاکستان در کویته برگزار شد", "توافق ایران و پاکستان برای گشت مشترک مرزی",
         "Iran, Pakistan agree joint border patrols after attacks"],
        ["نشست کمیسیون مشترک مرزی ایران و پاکستان با حضور فرماندهان مرزبانی دو کشور روز {wd} در کویته مرکز ایالت بلوچستان پاکستان برگزار شد.",
         "استاندار سیستان و بلوچستان که ریاست هیئت ایرانی را بر عهده داشت، گفت: «دو طرف توافق کردند گشت‌های هماهنگ در نوار مرزی راه‌اندازی و تبادل اطلاعات درباره گروه‌های تروریستی تقویت شود.»",
         "وی با اشاره به حمله اخیر به پاسگاه مرزی سراوان افزود: امنیت مرز مسئولیت مشترک دو کشور است."],
        [("ایرنا", "orig", 0, "18:00"), ("تسنیم", "copy", 0, "18:40"), ("Reuters", "en", 1, "08:00")],
        en={"Reuters": ("Iran and Pakistan agree joint border patrols after deadly attacks",
                        "ISLAMABAD, {dateline} (Reuters) - Iran and Pakistan have agreed to set up coordinated patrols along their shared border and to step up intelligence sharing on militant groups, Iranian state media reported after a border commission meeting in Quetta.\n"
                        "The governor of Iran's Sistan-Baluchestan province, who led the Iranian delegation, cited a recent attack that killed two Iranian border guards near Saravan.")},
        desk="سیاسی",
    ),
    Spec(
        "azarbaijan-gharbi", "بازرگان", 9,
        ["صف ۱۰ کیلومتری کامیون‌ها در مرز بازرگان", "ترافیک سنگین کامیون‌ها در گمرک بازرگان"],
        ["به دنبال افزایش تردد کامیون‌های ترانزیتی و کندی روند بازرسی در طرف ترکیه، صف کامیون‌ها در مرز بازرگان به حدود ۱۰ کیلومتر رسیده است.",
         "مدیرکل گمرک بازرگان گفت: «رانندگان به طور میانگین سه روز در صف می‌مانند و مذاکره با طرف ترکیه برای افزایش ساعت کاری پایانه ادامه دارد.»"],
        [("مهر", "orig", 0, "14:00"), ("ایسنا", "copy", 0, "16:30")],
        desk="اقتصادی",
    ),
    Spec(
        "AZ", "باکو", 25,
        ["سفر وزیر امور خارجه به باکو؛ تأکید بر توسعه کریدور ارس", "وزیر خارجه ایران با الهام علی‌اف دیدار کرد",
         "Iran's foreign minister in Baku for talks on transit corridor"],
        ["وزیر امور خارجه کشورمان که روز {wd} به باکو سفر کرده است، با رئیس‌جمهور آذربایجان دیدار و درباره روابط دوجانبه و کریدورهای ترانزیتی گفت‌وگو کرد.",
         "وی پس از این دیدار به خبرنگاران گفت: «کریدور ارس که از خاک ایران می‌گذرد، سریع‌ترین و امن‌ترین مسیر اتصال سرزمین اصلی آذربایجان به نخجوان است و ساخت پل جاده‌ای آن تا پایان سال آینده به پایان می‌رسد.»",
         "وزیر امور خارجه همچنین تأکید کرد ایران با هرگونه تغییر در مرزهای بین‌المللی منطقه مخالف است."],
        [("ایرنا", "orig", 0, "15:30"), ("ایسنا", "cite:ایرنا", 0, "16:10"), ("Al Jazeera", "en", 0, "19:00")],
        en={"Al Jazeera": ("Iran's top diplomat in Baku as Aras corridor takes shape",
                           "Iran's foreign minister met Azerbaijani President Ilham Aliyev in Baku for talks focused on the Aras corridor, a road and rail route through Iranian territory linking mainland Azerbaijan with its Nakhchivan exclave.\n"
                           "Tehran has repeatedly warned against any change to international borders in the South Caucasus, a reference to proposals for a route through Armenia's Syunik province.")},
        desk="سیاسی",
    ),
    Spec(
        "AM", "کاپان", 59,
        ["افتتاح مسیر جدید ترانزیت کامیون‌های ایرانی از سیونیک", "بازگشایی جاده تاتو ـ آکنر برای کامیون‌های ایرانی"],
        ["سرکنسول ایران در کاپان از بازگشایی مسیر جایگزین ترانزیت کامیون‌های ایرانی در استان سیونیک ارمنستان خبر داد.",
         "وی گفت: «با بهره‌برداری از این مسیر، کامیون‌های ایرانی دیگر ناچار به عبور از بخش‌های مورد مناقشه جاده گوریس ـ کاپان نیستند.»",
         "روزانه حدود ۲۵۰ کامیون ایرانی از مرز نوردوز وارد ارمنستان می‌شوند."],
        [("مهر", "orig", 0, "11:30"), ("تسنیم", "copy", 0, "12:15")],
        desk="بین‌الملل",
    ),
    Spec(
        "IQ", "بغداد", 35,
        ["سفر نخست‌وزیر عراق به تهران؛ توافق برای پرداخت بدهی گازی", "نخست‌وزیر عراق با رئیس‌جمهور دیدار کرد",
         "Iraqi PM in Tehran as gas debt tops agenda"],
        ["نخست‌وزیر عراق در رأس هیئتی بلندپایه روز {wd} وارد تهران شد و مورد استقبال رسمی رئیس‌جمهور قرار گرفت.",
         "رئیس‌جمهور در نشست خبری مشترک گفت: «توافق شد بخشی از مطالبات گازی ایران از طریق سازوکار مالی جدید و خرید کالاهای اساسی تسویه شود.»",
         "نخست‌وزیر عراق نیز با اشاره به توافق امنیتی دو کشور افزود: «عراق اجازه نخواهد داد خاکش محل تهدید علیه همسایگان باشد.»"],
        [("ایرنا", "orig", 0, "13:00"), ("فارس", "alt", 0, "13:40"), ("Reuters", "en", 0, "16:30")],
        alt=["در سفر نخست‌وزیر عراق به تهران، اسناد همکاری در زمینه‌های انرژی، حمل‌ونقل ریلی و امنیت مرزی به امضا رسید.",
             "بر اساس این گزارش، راه‌آهن شلمچه ـ بصره نیز در گفت‌وگوهای دو طرف مورد توجه قرار گرفت و مقرر شد عملیات اجرایی آن سرعت بگیرد.",
             "رئیس‌جمهور در این دیدار تصریح کرد: ایران و عراق دو ملت برادر با پیوندهای عمیق تاریخی و مذهبی هستند."],
        en={"Reuters": ("Iraqi PM visits Tehran as gas debt payments top agenda",
                        "DUBAI, {dateline} (Reuters) - Iraq's prime minister arrived in Tehran on {weekday} for talks expected to focus on Baghdad's debts for Iranian gas imports, which have been frozen under U.S. sanctions, Iranian state media reported.\n"
                        "Iran's president said the two sides had agreed that part of the debt would be settled through a new payment mechanism and purchases of essential goods.")},
        desk="سیاسی",
    ),
    Spec(
        "OM", "مسقط", 42,
        ["دیدار وزیران خارجه ایران و عربستان در مسقط", "گفت‌وگوهای تهران و ریاض با میانجی‌گری عمان ادامه یافت",
         "Iranian, Saudi foreign ministers meet in Muscat"],
        ["وزیران امور خارجه ایران و عربستان سعودی روز {wd} در حاشیه نشست منطقه‌ای امنیت دریانوردی در مسقط با یکدیگر دیدار و گفت‌وگو کردند.",
         "سخنگوی وزارت امور خارجه در این باره گفت: «دو طرف بر ادامه روند عادی‌سازی روابط و تشکیل کمیته‌های مشترک اقتصادی تأکید کردند.»"],
        [("ایسنا", "orig", 0, "17:20"), ("خبرآنلاین", "copy", 0, "18:00"), ("AFP", "en", 0, "18:30")],
        en={"AFP": ("Iran, Saudi foreign ministers meet in Oman",
                    "The foreign ministers of Iran and Saudi Arabia met in Muscat on {weekday} on the sidelines of a regional maritime security meeting, Iranian media reported, the latest contact since the two rivals restored ties in 2023 under a deal brokered by China.")},
        desk="سیاسی",
    ),
    Spec(
        "tehran", "تهران", 60,
        ["واکنش ایران به قطعنامه شورای حکام", "سخنگوی وزارت خارجه: قطعنامه شورای حکام بی‌پاسخ نمی‌ماند",
         "تصویب قطعنامه علیه ایران در شورای حکام آژانس", "IAEA board passes resolution censuring Iran"],
        ["سخنگوی وزارت امور خارجه در واکنش به تصویب قطعنامه پیشنهادی سه کشور اروپایی در شورای حکام آژانس بین‌المللی انرژی اتمی، این اقدام را «سیاسی و غیرسازنده» خواند.",
         "وی گفت: «جمهوری اسلامی ایران متناسب با این اقدام، گام‌های لازم را در چارچوب قانون مصوب مجلس برخواهد داشت.»",
         "قطعنامه یادشده با ۲۰ رأی موافق، ۴ رأی مخالف و ۱۱ رأی ممتنع به تصویب رسید."],
        [("ایرنا", "orig", 0, "19:30"), ("تسنیم", "copy", 0, "19:50"), ("بی‌بی‌سی فارسی", "alt", 0, "20:30"),
         ("Reuters", "en", 0, "18:00"), ("AP", "en", 0, "18:40")],
        alt=["شورای حکام آژانس بین‌المللی انرژی اتمی روز {wd} قطعنامه‌ای را تصویب کرد که از ایران می‌خواهد همکاری کامل با بازرسان را از سر بگیرد.",
             "دیپلمات‌ها در وین می‌گویند قطعنامه با ۲۰ رأی موافق تصویب شد و روسیه و چین با آن مخالفت کردند. ایران پیش‌تر هشدار داده بود در واکنش به چنین قطعنامه‌ای همکاری‌های خود را کاهش خواهد داد.",
             "کارشناسان می‌گویند این قطعنامه می‌تواند مقدمه ارجاع دوباره پرونده ایران به شورای امنیت باشد."],
        en={"Reuters": ("IAEA board passes resolution pressing Iran on inspections",
                        "VIENNA, {dateline} (Reuters) - The U.N. nuclear watchdog's 35-nation Board of Governors passed a resolution on {weekday} pressing Iran to restore full cooperation with inspectors, diplomats said.\n"
                        "The text, drafted by France, Britain and Germany, passed with 20 votes in favour, four against and 11 abstentions, the diplomats said. Iran has threatened to respond by further curbing cooperation."),
            "AP": ("UN nuclear agency board censures Iran, Tehran vows response",
                   "VIENNA (AP) — The board of the International Atomic Energy Agency voted {weekday} to censure Iran over its failure to fully cooperate with inspectors, a move Tehran called political and vowed to answer.\n"
                   "Russia and China voted against the resolution, diplomats said.")},
        desk="سیاسی",
    ),
    Spec(
        "tehran", "تهران", 14,
        ["ثبت‌نام ۲۴۰ هزار داوطلب انتخابات شوراها", "پایان ثبت‌نام داوطلبان انتخابات شوراهای شهر و روستا",
         "سخنگوی ستاد انتخابات: ۱۸ درصد داوطلبان زن هستند"],
        ["سخنگوی ستاد انتخابات کشور اعلام کرد در پایان مهلت ثبت‌نام، بیش از ۲۴۰ هزار نفر برای هفتمین دوره انتخابات شوراهای اسلامی شهر و روستا ثبت‌نام کرده‌اند.",
         "وی گفت: «۱۸ درصد داوطلبان را بانوان تشکیل می‌دهند و بیشترین ثبت‌نام به ترتیب در استان‌های خراسان رضوی، فارس و تهران بوده است.»",
         "بر اساس جدول زمانی، بررسی صلاحیت داوطلبان از هفته آینده آغاز می‌شود."],
        [("ایسنا", "orig", 0, "10:00"), ("ایرنا", "copy", 0, "10:30"), ("همشهری آنلاین", "cite:ایسنا", 0, "11:40")],
        desk="سیاسی",
    ),
    Spec(
        "khuzestan", "اهواز", 29,
        ["صدور حکم ۱۵ سال حبس برای مدیر سابق شرکت فولاد", "حکم پرونده فساد در یک شرکت فولادی خوزستان صادر شد",
         "رئیس کل دادگستری خوزستان: ۱.۲ همت به بیت‌المال بازگردانده می‌شود"],
        ["رئیس کل دادگستری خوزستان از صدور حکم بدوی پرونده فساد مالی در یکی از شرکت‌های فولادی استان خبر داد.",
         "وی گفت: «مدیرعامل سابق این شرکت به اتهام اخلال در نظام اقتصادی به ۱۵ سال حبس و رد مال به میزان ۱.۲ همت محکوم شد و هفت متهم دیگر نیز به حبس‌های ۲ تا ۱۰ سال محکوم شدند.»",
         "به گفته وی، حکم صادره ظرف ۲۰ روز قابل تجدیدنظر در دیوان عالی کشور است."],
        [("مهر", "orig", 0, "12:10"), ("ایسنا", "cite:مهر", 0, "13:00"), ("انتخاب", "copy", 0, "14:20")],
        desk="قضایی",
    ),
    Spec(
        "tehran", "تهران", 50,
        ["صدور حکم حبس برای یک روزنامه‌نگار در تهران", "روزنامه‌نگار به اتهام نشر اکاذیب محکوم شد",
         "انجمن صنفی روزنامه‌نگاران: حکم همکارمان تجدیدنظر شود"],
        ["وکیل یک روزنامه‌نگار اقتصادی از صدور حکم یک سال حبس تعزیری برای موکلش به اتهام «نشر اکاذیب به قصد تشویش اذهان عمومی» خبر داد.",
         "وی به شرق گفت: «این حکم به دلیل انتشار گزارشی درباره واردات دارو صادر شده و ما به آن اعتراض خواهیم کرد.»",
         "انجمن صنفی روزنامه‌نگاران استان تهران نیز در بیانیه‌ای خواستار نقض این حکم در مرحله تجدیدنظر شد."],
        [("شرق", "orig", 0, "09:40"), ("رادیو فردا", "ext", 0, "12:30"), ("بی‌بی‌سی فارسی", "ext", 0, "15:00")],
        ext=["یک روزنامه‌نگار اقتصادی در ایران به اتهام «نشر اکاذیب» به یک سال زندان محکوم شد.",
             "روزنامه شرق به نقل از وکیل این روزنامه‌نگار نوشته است که حکم به دلیل گزارشی درباره واردات دارو صادر شده است. نهادهای مدافع آزادی مطبوعات بارها از افزایش احکام قضایی علیه روزنامه‌نگاران در ایران انتقاد کرده‌اند."],
        desk="قضایی",
    ),
    Spec(
        "lorestan", "خرم‌آباد", 19,
        ["تجمع نانوایان خرم‌آباد در اعتراض به سهمیه آرد", "نانوایان لرستانی: با این نرخ آرد، نان نمی‌رسد"],
        ["جمعی از نانوایان خرم‌آباد روز {wd} مقابل استانداری لرستان تجمع کردند و خواستار افزایش سهمیه آرد یارانه‌ای و بازنگری در نرخ نان شدند.",
         "رئیس اتحادیه نانوایان خرم‌آباد به ایلنا گفت: «هزینه دستمزد و سوخت دو برابر شده اما نرخ نان دو سال است تغییر نکرده است.»"],
        [("ایلنا", "orig", 0, "12:30"), ("شرق", "cite:ایلنا", 1, "08:00")],
    ),
    Spec(
        "kermanshah", "کرمانشاه", 31,
        ["تجمع بازنشستگان تأمین اجتماعی در کرمانشاه", "بازنشستگان کرمانشاهی خواستار همسان‌سازی حقوق شدند"],
        ["بازنشستگان تأمین اجتماعی کرمانشاه صبح امروز {wd} برای چندمین هفته متوالی مقابل اداره کل تأمین اجتماعی استان تجمع کردند.",
         "یکی از نمایندگان بازنشستگان گفت: «حقوق ما حتی نصف خط فقر نیست و وعده همسان‌سازی هنوز اجرایی نشده است.»"],
        [("ایلنا", "orig", 0, "11:00"), ("رادیو فردا", "cite:ایلنا", 0, "15:20")],
    ),
    Spec(
        "tehran", "تهران", 45,
        ["دلار در بازار آزاد از ۱۲۰ هزار تومان گذشت", "رکورد تازه قیمت دلار؛ سکه هم گران شد",
         "ریال باز هم سقوط کرد", "Iran's rial hits record low against dollar"],
        ["قیمت دلار آمریکا در بازار آزاد تهران امروز {wd} با افزایش ۳ هزار تومانی از مرز ۱۲۰ هزار تومان گذشت.",
         "یک کارشناس بازار ارز به خبرآنلاین گفت: «انتظارات تورمی و اخبار مربوط به پرونده هسته‌ای مهم‌ترین عامل جهش اخیر قیمت ارز است.»",
         "قیمت هر سکه تمام بهار آزادی طرح جدید نیز به ۱۱۵ میلیون تومان رسید."],
        [("خبرآنلاین", "orig", 0, "13:00"), ("انتخاب", "copy", 0, "13:45"), ("رادیو فردا", "ext", 0, "16:00"),
         ("Reuters", "en", 0, "15:30")],
        ext=["ارزش ریال ایران در برابر دلار آمریکا بار دیگر به پایین‌ترین سطح تاریخی رسید و هر دلار در بازار آزاد تهران بیش از ۱۲۰ هزار تومان معامله شد.",
             "رسانه‌های اقتصادی داخل ایران افزایش قیمت ارز را به تشدید تنش‌ها بر سر برنامه هسته‌ای و نگرانی از تحریم‌های بیشتر نسبت داده‌اند."],
        en={"Reuters": ("Iran's rial hits record low amid nuclear tensions",
                        "DUBAI, {dateline} (Reuters) - Iran's rial fell to a record low against the U.S. dollar on {weekday}, with the dollar trading above 1.2 million rials on the unofficial market, currency websites said.\n"
                        "Analysts cited inflation expectations and tension over Iran's nuclear programme.")},
        desk="اقتصادی",
    ),
    Spec(
        "alborz", "کرج", 7,
        ["جدول خاموشی‌های برنامه‌ریزی‌شده تهران و البرز اعلام شد", "خاموشی دوساعته در تهران و کرج ادامه دارد",
         "توانیر: خاموشی‌ها تا پایان مهر ادامه دارد"],
        ["شرکت توزیع برق استان البرز جدول خاموشی‌های برنامه‌ریزی‌شده روزهای آینده را اعلام کرد؛ بر این اساس مشترکان خانگی کرج و فردیس روزانه دو ساعت با قطعی برق مواجه خواهند بود.",
         "مدیرعامل توزیع برق البرز گفت: «کاهش ذخایر آب پشت سدها و محدودیت تولید نیروگاه‌های برق‌آبی، ادامه مدیریت بار را ناگزیر کرده است.»"],
        [("همشهری آنلاین", "orig", 0, "08:30"), ("ایرنا", "copy", 0, "09:20"), ("باشگاه خبرنگاران جوان", "cite:ایرنا", 0, "10:00")],
        desk="اقتصادی",
    ),
    Spec(
        "tehran", "تهران", 63,
        ["مدارس تهران فردا تعطیل شد", "آلودگی هوا مدارس تهران، اصفهان و اراک را تعطیل کرد",
         "هوای تهران در وضعیت ناسالم برای همه گروه‌ها", "تعطیلی ادامه دارد؛ مدارس تهران غیرحضوری شد",
         "Pollution shuts schools in Tehran"],
        ["کمیته اضطرار آلودگی هوای استان تهران با توجه به تداوم پایداری هوا و افزایش غلظت ذرات معلق، مدارس مقاطع ابتدایی و متوسطه پایتخت را فردا تعطیل اعلام کرد.",
         "معاون استاندار تهران گفت: «شاخص کیفیت هوا در ۱۸ ایستگاه سنجش در وضعیت ناسالم برای همه گروه‌ها قرار دارد و تردد کامیون‌ها در سطح شهر ممنوع است.»",
         "در اصفهان و اراک نیز مدارس به دلیل آلودگی هوا تعطیل شد."],
        [("ایرنا", "orig", 0, "17:10"), ("همشهری آنلاین", "copy", 0, "17:30"), ("ایسنا", "cite:ایرنا", 0, "18:00"),
         ("AFP", "en", 1, "10:00"), ("همشهری آنلاین", "follow:0", 1, "16:40")],
        en={"AFP": ("Pollution shuts schools in Tehran, other Iranian cities",
                    "Authorities in Iran shut schools in the capital Tehran and the cities of Isfahan and Arak on {pubweekday} as a thick layer of smog settled over the country, official media reported.\n"
                    "The air quality index in Tehran reached levels considered unhealthy for all groups, and trucks were banned from the city, a deputy provincial governor said.")},
        follow=[("آموزش مدارس تهران دوشنبه هم غیرحضوری است",
                 ["با ادامه آلودگی هوا، آموزش در مدارس استان تهران فردا دوشنبه نیز به صورت غیرحضوری خواهد بود.",
                  "رئیس مرکز پایش کیفیت هوای شهرداری تهران گفت: «پیش‌بینی می‌شود با ورود سامانه بارشی از چهارشنبه، کیفیت هوا بهبود یابد.»"])],
    ),
    Spec(
        "kohgiluyeh-boyerahmad", "یاسوج", 11,
        ["آتش‌سوزی در جنگل‌های دنا", "مهار نشدن آتش در ارتفاعات دنا پس از ۲۰ ساعت",
         "آتش جنگل‌های بلوط کهگیلویه و بویراحمد مهار شد"],
        ["آتش‌سوزی گسترده در جنگل‌های بلوط منطقه حفاظت‌شده دنا از عصر {wd} آغاز شده و به دلیل صعب‌العبور بودن منطقه هنوز مهار نشده است.",
         "مدیرکل منابع طبیعی استان کهگیلویه و بویراحمد گفت: «تاکنون حدود ۴۰ هکتار از جنگل‌ها در آتش سوخته و درخواست بالگرد اطفای حریق داده‌ایم.»"],
        [("ایرنا", "orig", 0, "22:00"), ("ایسنا", "alt", 1, "10:00"), ("تسنیم", "follow:0", 2, "09:30")],
        alt=["نیروهای مردمی، محیط‌بانان و اعضای هلال احمر از شب گذشته برای خاموش کردن آتش در ارتفاعات دنا تلاش می‌کنند.",
             "یک فعال محیط زیست در یاسوج گفت: «باد شدید و نبود تجهیزات هوایی کار را سخت کرده و آتش به سمت زیستگاه خرس قهوه‌ای پیشروی می‌کند.»"],
        follow=[("آتش جنگل‌های دنا پس از دو روز مهار شد",
                 ["آتش‌سوزی جنگل‌های دنا پس از حدود ۴۰ ساعت با کمک دو فروند بالگرد و صدها نیروی مردمی مهار شد.",
                  "فرماندار بویراحمد گفت: «برآورد اولیه از سوختن ۶۵ هکتار از پوشش جنگلی حکایت دارد و علت حادثه در دست بررسی است.»"])],
    ),
    Spec(
        "qom", "قم", 53,
        ["انفجار گاز در ساختمان مسکونی در قم؛ ۲ کشته و ۵ مصدوم", "انفجار منزل مسکونی در قم دو کشته داشت",
         "جزئیات انفجار ساختمان مسکونی در خیابان امام قم"],
        ["انفجار ناشی از نشت گاز در یک ساختمان سه‌طبقه مسکونی در قم بامداد امروز {wd} دو کشته و پنج مصدوم برجای گذاشت.",
         "سخنگوی سازمان آتش‌نشانی قم گفت: «طبقه دوم ساختمان به طور کامل تخریب شده و نیروهای امدادی با تجهیزات ویژه در حال آواربرداری هستند.»",
         "مصدومان به بیمارستان شهید بهشتی قم منتقل شدند."],
        [("مهر", "orig", 0, "06:50"), ("باشگاه خبرنگاران جوان", "copy", 0, "07:20"), ("ایرنا", "cite:خبرگزاری مهر", 0, "08:05")],
        desk="حوادث",
    ),
    Spec(
        "zanjan", "زنجان", 20,
        ["واژگونی اتوبوس در آزادراه زنجان ـ تبریز؛ ۴ کشته و ۲۳ مصدوم", "۴ کشته در حادثه اتوبوس مسافربری در زنجان",
         "رئیس پلیس راه: خواب‌آلودگی راننده علت واژگونی اتوبوس بود"],
        ["واژگونی یک دستگاه اتوبوس مسافربری در آزادراه زنجان ـ تبریز بامداد امروز {wd} چهار کشته و ۲۳ مصدوم برجای گذاشت.",
         "رئیس مرکز اورژانس استان زنجان گفت: «۱۲ دستگاه آمبولانس به محل اعزام و مصدومان به بیمارستان‌های زنجان منتقل شدند. حال سه نفر وخیم است.»",
         "رئیس پلیس راه استان زنجان نیز علت اولیه حادثه را خستگی و خواب‌آلودگی راننده عنوان کرد."],
        [("ایسنا", "orig", 0, "07:10"), ("باشگاه خبرنگاران جوان", "alt", 0, "08:00"), ("فارس", "cite:ایسنا", 0, "08:30")],
        alt=["اتوبوسی که از تهران عازم تبریز بود در کیلومتر ۴۰ آزادراه زنجان ـ تبریز از جاده منحرف و واژگون شد.",
             "رئیس جمعیت هلال احمر استان زنجان گفت: چهار نفر از سرنشینان در دم جان باختند و ۲۳ نفر دیگر مصدوم شدند."],
        desk="حوادث",
    ),
    Spec(
        "sistan-baluchestan", "ایرانشهر", 65,
        ["دستگیری تیم تروریستی در سیستان و بلوچستان", "وزارت اطلاعات: تیم تروریستی با ۳۰ کیلوگرم مواد منفجره دستگیر شد",
         "اطلاعیه وزارت اطلاعات درباره انهدام یک تیم تروریستی در جنوب شرق", "Iran says it arrested militant cell in southeast"],
        ["وزارت اطلاعات در اطلاعیه‌ای از شناسایی و دستگیری اعضای یک تیم تروریستی در استان سیستان و بلوچستان خبر داد.",
         "در این اطلاعیه آمده است: «این تیم چهارنفره که قصد انجام عملیات انتحاری در ایرانشهر را داشت، پیش از اقدام دستگیر و ۳۰ کیلوگرم مواد منفجره، دو جلیقه انتحاری و سلاح از آن‌ها کشف شد.»",
         "وزارت اطلاعات افزوده است اعضای این تیم با یک گروهک تروریستی مستقر در آن سوی مرزهای شرقی در ارتباط بوده‌اند."],
        [("ایرنا", "orig", 0, "14:00"), ("تسنیم", "copy", 0, "14:20"), ("فارس", "copy", 0, "14:35"),
         ("Reuters", "en", 0, "17:10")],
        en={"Reuters": ("Iran says it arrested militant cell planning suicide attack",
                        "DUBAI, {dateline} (Reuters) - Iran's intelligence ministry said on {weekday} it had arrested a four-member militant cell planning a suicide attack in the southeastern city of Iranshahr, state media reported.\n"
                        "Thirty kilograms of explosives and two suicide vests were seized, the ministry said in a statement carried by IRNA.")},
        desk="انتظامی",
    ),
    Spec(
        "ilam", "مهران", 15,
        ["انفجار مین در مهران یک چوپان را مصدوم کرد", "مصدومیت چوپان مهرانی بر اثر انفجار مین"],
        ["انفجار یک مین به‌جامانده از دوران دفاع مقدس در ارتفاعات مرزی مهران موجب مصدومیت شدید یک چوپان ۳۴ ساله شد.",
         "فرماندار مهران گفت: «مصدوم به بیمارستان ایلام منتقل شده و متأسفانه پای راست وی قطع شده است.»",
         "وی خواستار تسریع پاکسازی مناطق آلوده به مین در نوار مرزی استان ایلام شد."],
        [("ایرنا", "orig", 0, "15:40"), ("ایسنا", "copy", 0, "16:30")],
        desk="حوادث",
    ),
    Spec(
        "gilan", "بندر انزلی", 36,
        ["مفقود شدن ۳ صیاد در دریای خزر", "طوفان در سواحل گیلان؛ سه صیاد انزلی مفقود شدند",
         "جست‌وجو برای یافتن صیادان مفقودشده ادامه دارد", "پیکر یکی از صیادان مفقودشده انزلی پیدا شد"],
        ["سه صیاد انزلی که روز {wd} با یک قایق صیادی به دریا رفته بودند، پس از وزش باد شدید و مواج شدن دریای خزر مفقود شدند.",
         "مدیرکل بنادر و دریانوردی گیلان گفت: «عملیات جست‌وجو با دو شناور امدادی و همکاری هلال احمر در جریان است.»",
         "هواشناسی گیلان پیش‌تر برای سواحل استان هشدار سطح نارنجی صادر کرده بود."],
        [("ایسنا", "orig", 0, "20:00"), ("ایرنا", "copy", 0, "21:00"), ("مهر", "follow:0", 1, "12:00")],
        follow=[("پیکر یکی از صیادان مفقودشده انزلی پیدا شد",
                 ["پیکر یکی از سه صیاد مفقودشده انزلی صبح امروز در ساحل کیاشهر پیدا شد.",
                  "فرماندار بندر انزلی گفت: «جست‌وجو برای یافتن دو صیاد دیگر ادامه دارد و خانواده‌های آن‌ها در جریان آخرین اقدامات قرار گرفته‌اند.»"])],
        desk="حوادث",
    ),
    Spec(
        "azarbaijan-sharghi", "تبریز", 24,
        ["تراکتور ۲ ـ سپاهان ۱؛ برتری پرگل سرخ‌پوشان در تبریز", "پیروزی تراکتور مقابل سپاهان در ورزشگاه یادگار امام",
         "سرمربی تراکتور: شایسته پیروزی بودیم"],
        ["تیم فوتبال تراکتور در هفته هشتم لیگ برتر با نتیجه دو بر یک سپاهان را در ورزشگاه یادگار امام (ره) تبریز شکست داد.",
         "سرمربی تراکتور پس از بازی گفت: «بازیکنان ما در نیمه دوم فوق‌العاده بودند و ما شایسته این پیروزی بودیم.»",
         "با این نتیجه تراکتور با ۱۸ امتیاز به صدر جدول رسید."],
        [("تسنیم", "orig", 0, "21:30"), ("خبرآنلاین", "copy", 0, "22:00"), ("باشگاه خبرنگاران جوان", "alt", 0, "22:15")],
        alt=["در دیداری پرتماشاگر که با حضور نزدیک به ۶۰ هزار هوادار برگزار شد، تراکتور با دو گل مقابل سپاهان به برتری رسید.",
             "سرمربی سپاهان در نشست خبری پس از بازی اظهار داشت: داوری در صحنه گل دوم اشتباه داشت و ما از این بازی متضرر شدیم."],
        desk="ورزشی",
    ),
    Spec(
        "kerman", "کرمان", 39,
        ["نمایشگاه کتاب کرمان با حضور ۲۸۰ ناشر گشایش یافت", "آغاز به کار بیستمین نمایشگاه کتاب استان کرمان"],
        ["بیستمین نمایشگاه کتاب استان کرمان با حضور ۲۸۰ ناشر از سراسر کشور عصر امروز {wd} در محل نمایشگاه‌های بین‌المللی کرمان گشایش یافت.",
         "مدیرکل فرهنگ و ارشاد اسلامی استان کرمان در آیین افتتاح گفت: «بیش از ۴۰ هزار عنوان کتاب با تخفیف ۲۰ درصدی عرضه می‌شود و بن کتاب دانشجویی نیز قابل استفاده است.»",
         "این نمایشگاه تا ۱۰ روز آینده از ساعت ۱۰ تا ۲۱ دایر است."],
        [("ایرنا", "orig", 0, "18:00"), ("ایسنا", "cite:ایرنا", 0, "19:10")],
        desk="فرهنگی",
    ),
    Spec(
        "tehran", "تهران", 56,
        ["رونمایی از پهپاد رزمی جدید با برد ۲۵۰۰ کیلومتر", "پهپاد جدید ارتش با توان حمل موشک رونمایی شد",
         "Iran unveils new long-range combat drone"],
        ["در آیینی با حضور فرمانده کل ارتش، پهپاد رزمی جدید با برد ۲۵۰۰ کیلومتر و توان حمل چهار موشک هدایت‌شونده رونمایی شد.",
         "فرمانده کل ارتش در این مراسم گفت: «این پهپاد به طور کامل در داخل کشور طراحی و ساخته شده و قابلیت پرواز ۳۰ ساعته دارد.»"],
        [("ایرنا", "orig", 0, "11:30"), ("تسنیم", "copy", 0, "11:50"), ("AP", "en", 0, "14:00")],
        en={"AP": ("Iran unveils long-range combat drone as tensions simmer",
                   "DUBAI, United Arab Emirates (AP) — Iran's army on {weekday} unveiled what it described as a new combat drone with a range of 2,500 kilometers (1,550 miles) that can carry four guided missiles, state television reported.\n"
                   "The claims could not be independently verified. Iran's drone program has drawn Western sanctions over the supply of drones to Russia.")},
        desk="دفاعی",
    ),
    Spec(
        "hormozgan", "بندر لنگه", 26,
        ["آزادی ۱۱ صیاد ایرانی از زندان‌های امارات", "۱۱ صیاد هرمزگانی پس از ۸ ماه به کشور بازگشتند"],
        ["مدیرکل امور اتباع و مهاجرین خارجی استانداری هرمزگان از آزادی و بازگشت ۱۱ صیاد اهل بندر لنگه که در آب‌های امارات بازداشت شده بودند، خبر داد.",
         "وی گفت: «این صیادان به دلیل ورود غیرمجاز به آب‌های سرزمینی امارات حدود هشت ماه در بازداشت بودند و با پیگیری سرکنسولگری ایران در دبی آزاد شدند.»"],
        [("ایرنا", "orig", 0, "16:00"), ("ایسنا", "copy", 0, "17:00")],
    ),
    Spec(
        "sistan-baluchestan", "سراوان", 54,
        ["کشته شدن دو سوخت‌بر در نزدیکی سراوان", "گزارش‌ها از شلیک به خودروی سوخت‌بران در سراوان"],
        ["گزارش‌ها از کشته شدن دو سوخت‌بر بلوچ با شلیک نیروهای نظامی در نزدیکی مرز سراوان حکایت دارد.",
         "وب‌سایت حال‌وش که اخبار بلوچستان را پوشش می‌دهد، روز {wd} نوشت این دو جوان ۱۹ و ۲۲ ساله هنگام حمل سوخت با یک خودروی وانت هدف قرار گرفته‌اند.",
         "مقام‌های محلی تاکنون به این گزارش واکنشی نشان نداده‌اند."],
        [("رادیو فردا", "orig", 0, "13:00"), ("بی‌بی‌سی فارسی", "cite:رادیو فردا", 0, "17:30")],
    ),
    Spec(
        "TR", "آنکارا", 16,
        ["افزایش ۳۰ درصدی مبادلات تجاری ایران و ترکیه", "سفر وزیر بازرگانی ترکیه به تهران", "Turkey, Iran aim to lift trade to $30 billion"],
        ["وزیر تجارت ترکیه در سفر به تهران با همتای ایرانی خود دیدار و درباره افزایش حجم مبادلات تجاری گفت‌وگو کرد.",
         "وزیر صنعت، معدن و تجارت پس از این دیدار گفت: «مبادلات تجاری دو کشور در شش ماه نخست سال ۳۰ درصد افزایش یافته و هدف‌گذاری ۳۰ میلیارد دلاری برای سال‌های آینده دنبال می‌شود.»",
         "دو طرف همچنین بر راه‌اندازی بازارچه‌های مرزی جدید در استان آذربایجان غربی توافق کردند."],
        [("ایرنا", "orig", 0, "14:30"), ("Tehran Times", "en", 1, "09:00")],
        en={"Tehran Times": ("Iran, Turkey target $30 billion in annual trade",
                             "TEHRAN – Iran and Turkey have set a target of $30 billion in annual trade, the Iranian industry, mining and trade minister said on {weekday} after meeting his visiting Turkish counterpart.\n"
                             "Trade between the two neighbours rose 30 percent in the first six months of the Iranian calendar year, the minister said, adding that new border markets would open in West Azarbaijan province.")},
        desk="اقتصادی",
    ),
    Spec(
        "fars", "شیراز", 5,
        ["آغاز برداشت انگور در باغ‌های فارس", "پیش‌بینی برداشت ۴۰۰ هزار تن انگور در استان فارس"],
        ["برداشت انگور از باغ‌های استان فارس آغاز شد و پیش‌بینی می‌شود امسال ۴۰۰ هزار تن انگور برداشت شود.",
         "رئیس سازمان جهاد کشاورزی فارس گفت: «خشکسالی و گرمای شدید تابستان موجب کاهش ۱۵ درصدی تولید نسبت به سال گذشته شده است.»"],
        [("ایسنا", "orig", 0, "10:20"), ("ایرنا", "copy", 0, "11:30")],
        desk="اقتصادی",
    ),
]

ALL_OUTLET_CITES = {name: o.cite or name for name, o in OUTLETS.items()}


def _fill(s: str, sp: Spec, d: Any) -> str:
    prov = PROVINCES.get(sp.place, (sp.city, ()))[0]
    prev = d - timedelta(days=1)
    return (s.replace("{wd}", weekday_fa(d)).replace("{jd1}", jalali(prev)).replace("{jd}", jalali(d))
            .replace("{city}", sp.city).replace("{prov}", prov))


def _lead(outlet: str, sp: Spec, rng: random.Random) -> str:
    leads = OUTLETS[outlet].leads
    if not leads:
        return ""
    prov = PROVINCES.get(sp.place, (sp.city, ()))[0]
    lead = rng.choice(leads)
    if "{prov}" in lead and sp.place not in PROVINCES:
        lead = leads[0]
    return lead.replace("{city}", sp.city).replace("{prov}", prov).replace("{desk}", sp.desk)


def _edit(paras: list[str], rng: random.Random) -> list[str]:
    """A desk's light rewrite: a few synonyms, sometimes the last paragraph dropped."""
    out = []
    for p in paras:
        for a, b in SYNONYMS:
            if a in p and rng.random() < 0.5:
                p = p.replace(a, b, 1)
        out.append(p)
    if len(out) > 2 and rng.random() < 0.4:
        out = out[:-1]
    return out


def _join(lead: str, paras: list[str]) -> str:
    first = f"{lead} {paras[0]}" if lead else paras[0]
    return "\n".join([first, *paras[1:]])


def story_items(rng: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, sp in enumerate(S):
        key = f"s{i:02d}-{sp.place}-{sp.city}"
        title_pool = [t for t in sp.titles if not t.isascii()]
        for n, (outlet, kind, offset, hhmm) in enumerate(sp.reports):
            d = day(sp.start + offset)
            o = OUTLETS[outlet]
            when = stamp(d, hhmm, o.lang)
            if kind == "en":
                title, text = sp.en[outlet]
                event_day = day(sp.start)
                text = (text.replace("{weekday}", EN_WEEKDAYS[event_day.weekday()])
                        .replace("{pubweekday}", EN_WEEKDAYS[when.weekday()])
                        .replace("{dateline}", f"{EN_MONTHS[when.month - 1]} {when.day}"))
                out.append({**item(outlet, when, title, text, rng), "_story": key})
                continue
            title = title_pool[n % len(title_pool)]
            if kind == "orig":
                paras, lead = sp.body, _lead(outlet, sp, rng)
            elif kind == "copy":
                paras, lead = _edit(sp.body, rng), _lead(outlet, sp, rng)
            elif kind.startswith("cite:"):
                other = kind.split(":", 1)[1]
                other = ALL_OUTLET_CITES.get(other, other)
                paras = _edit(sp.body, rng)
                lead = f"به گزارش {o.cite} به نقل از {other}،" if o.leads else f"{other} گزارش داد:"
            elif kind == "alt":
                paras, lead = sp.alt, _lead(outlet, sp, rng)
            elif kind == "ext":
                paras, lead = sp.ext, ""
            elif kind.startswith("follow:"):
                title, paras = sp.follow[int(kind.split(":")[1])]
                lead = _lead(outlet, sp, rng)
            else:
                raise ValueError(kind)
            text = _fill(_join(lead, paras), sp, d)
            rec = item(outlet, when, _fill(title, sp, d), text, rng)
            rec = finish_fa(rec, rng, digits=outlet not in ("خبرآنلاین",) or rng.random() < 0.5)
            out.append({**rec, "_story": key})
    return out


# Arabic outlets' reports of some stories: story index -> [(outlet, day offset, "HH:MM", title, text)]
AR: dict[int, list[tuple[str, int, str, str, str]]] = {
    0: [("الجزيرة", 0, "12:40", "مقتل اثنين من حرس الحدود الإيراني في هجوم قرب الحدود مع باكستان",
         "أفادت وكالة الأنباء الإيرانية الرسمية (إرنا) بأن مسلحين هاجموا مركزاً حدودياً قرب مدينة سراوان في محافظة "
         "سيستان وبلوشستان جنوب شرقي إيران، ما أسفر عن مقتل اثنين من عناصر حرس الحدود وإصابة ثلاثة آخرين.\n"
         "وقال قائد حرس الحدود في المحافظة إن المهاجمين فروا باتجاه الأراضي الباكستانية، مضيفاً أن عمليات "
         "التمشيط مستمرة في المنطقة.\n"
         "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، في حين تشهد المحافظة ذات الغالبية البلوشية اشتباكات "
         "متكررة بين قوات الأمن وجماعات مسلحة.\n\nالمصدر: الجزيرة + وكالات")],
    6: [("العربية", 0, "14:10", "الحرس الثوري يقصف مواقع لجماعات كردية في شمال العراق",
         "أعلنت القوات البرية للحرس الثوري الإيراني، اليوم، أنها قصفت بالمدفعية والطائرات المسيرة مقرات لجماعات "
         "كردية معارضة في إقليم كردستان العراق، بحسب ما نقلته وكالة تسنيم.\n"
         "وقال مسؤول محلي في محافظة أربيل إن سبع طائرات مسيرة على الأقل استهدفت مناطق قرب كويسنجق وسيدكان، "
         "ما أدى إلى إصابة مدني واحد.\n"
         "ونددت حكومة إقليم كردستان بالقصف، معتبرة أنه انتهاك لسيادة العراق.")],
    13: [("الجزيرة", 0, "15:30", "إيران تحتجز ناقلة أجنبية تهرب الوقود في الخليج",
          "ذكرت وكالة تسنيم للأنباء أن القوة البحرية للحرس الثوري الإيراني احتجزت ناقلة أجنبية تحمل مليوني لتر من "
          "الوقود المهرب في مياه الخليج.\n"
          "ونقلت الوكالة عن قائد في القوة البحرية قوله إن الناقلة وطاقمها المؤلف من 12 بحاراً أجنبياً اقتيدوا إلى "
          "ميناء بوشهر، وإن الإجراءات القضائية بدأت بحقهم.\n\nالمصدر: الجزيرة + وكالات")],
    35: [("العربية", 0, "18:00", "إيران تعلن اعتقال خلية كانت تخطط لهجوم انتحاري في إيرانشهر",
          "أعلنت وزارة الاستخبارات الإيرانية، اليوم، اعتقال خلية مسلحة من أربعة أشخاص كانت تخطط لتنفيذ هجوم "
          "انتحاري في مدينة إيرانشهر بمحافظة سيستان وبلوشستان.\n"
          "وقالت الوزارة في بيان نقلته وكالة إرنا إن قوات الأمن ضبطت ثلاثين كيلوغراماً من المتفجرات وحزامين "
          "ناسفين بحوزة أفراد الخلية.")],
}


def arabic_items(rng: random.Random) -> list[dict[str, Any]]:
    """The ``AR`` reports, each with its story's key."""
    out: list[dict[str, Any]] = []
    for i, reports in AR.items():
        sp = S[i]
        for outlet, offset, hhmm, title, text in reports:
            when = stamp(day(sp.start + offset), hhmm, OUTLETS[outlet].lang)
            out.append({**item(outlet, when, title, text, rng), "_story": f"s{i:02d}-{sp.place}-{sp.city}"})
    return out
