"""Stop 28: provenance a probe of invented leads found wrong (invented text)."""

from __future__ import annotations

import pytest

from didban.text import canonical_source, extract_provenance


@pytest.mark.parametrize(("name", "plain"), [
    ("خبرگزاری رسمی سوریه (سانا)", "سانا"),
    ("خبرگزاری رسمی عراق (واع)", "واع"),
    ("Syria's SANA news agency", "SANA"),
    ("IRNA News Agency", "IRNA"),
    ("the state-run IRNA news agency", "ایرنا"),
    ("Anadolu news agency", "Anadolu"),
    ("the Tasnim news agency", "تسنیم"),
    ("وكالة تسنيم الإيرانية", "تسنيم"),
])
def test_a_described_outlet_has_the_outlets_key(name: str, plain: str) -> None:
    """A known outlet inside a description (an acronym in brackets, an English «news agency», an Arabic nationality
    adjective) had a key of its own, so a right chain was scored wrong and two reports of one source looked
    independent."""
    assert canonical_source(name) == canonical_source(plain)


@pytest.mark.parametrize(("name", "other"), [
    # guards (held before): brackets that name no outlet, and an unknown English name, keep their own key
    ("امام علی (ع)", "امام علی"),
    ("The New York Times", "The Times"),
    ("Kurdistan regional government news agency", "Kurdistan"),
])
def test_an_unknown_description_keeps_its_own_key(name: str, other: str) -> None:
    assert canonical_source(name) != canonical_source(other)


@pytest.mark.parametrize(("text", "cited"), [
    ("Iran launched a research satellite into orbit on Saturday, the state-run IRNA news agency reported.",
     ["IRNA"]),
    ("Iran launched a research satellite into orbit on Saturday, the hard-line Fars news agency reported.",
     ["Fars"]),
    ("TEHRAN, Iran (AP) — Iran launched a satellite on Saturday, the state-owned IRNA news agency reported.",
     ["IRNA"]),
    # guard (held before): «semi-official»
    ("Iran launched a research satellite on Saturday, the semi-official Tasnim news agency reported.", ["Tasnim"]),
])
def test_an_english_outlet_described_before_its_name_is_cited(text: str, cited: list[str]) -> None:
    """«the state-run / hard-line X news agency reported»: only «official» and «semi-official» were read as a
    description, so the most common AP and Reuters wording gave no source."""
    p = extract_provenance(text, lang="en")
    assert [canonical_source(c) for c in p.cited] == [canonical_source(c) for c in cited]


@pytest.mark.parametrize(("text", "cited"), [
    ("به گزارش ایسنا، آسوشیتدپرس به نقل از شبکه العراقیه گزارش داد که دولت عراق و آمریکا به توافق رسیده‌اند.",
     ["آسوشیتدپرس", "شبکه العراقیه"]),
    ("به گزارش ایسنا، خبرگزاری آسوشیتدپرس گزارش داد که دولت عراق و آمریکا به توافق رسیده‌اند. این خبرگزاری به "
     "نقل از شبکه العراقیه نوشت که نیروها تا پایان سال آینده عراق را ترک می‌کنند.",
     ["خبرگزاری آسوشیتدپرس", "شبکه العراقیه"]),
    ("به گزارش ایسنا، به نوشته روزنامه کیهان، طرح مالیات بر عایدی سرمایه در کمیسیون اقتصادی بررسی می‌شود.",
     ["روزنامه کیهان"]),
    ("به گزارش ایرنا از آکسیوس، وزیران خارجه دو کشور روز چهارشنبه درباره آتش‌بس گفت‌وگو کردند.", ["آکسیوس"]),
    ("به گزارش ایرنا از تایمز اسرائیل، وزیران خارجه دو کشور درباره آتش‌بس گفت‌وگو کردند.", ["تایمز اسرائیل"]),
    # guards (held before): the colon form; a desk city after «از»; «به نوشته X،» opening the page is its lead
    ("به گزارش فارس، رویترز به نقل از منابع آگاه گزارش داد: مذاکرات ادامه دارد.", ["رویترز", "منابع آگاه"]),
    ("به گزارش ایرنا از بغداد، وزیران نیروی سه کشور روز چهارشنبه درباره منابع آب گفت‌وگو کردند.", []),
    ("به نوشته روزنامه کیهان، طرح مالیات بر عایدی سرمایه در کمیسیون اقتصادی بررسی می‌شود.", []),
])
def test_the_chain_after_a_lead_goes_on(text: str, cited: list[str]) -> None:
    """After «به گزارش ایسنا،»: a report source relaying another without a colon («... به نقل از Y گزارش داد که»),
    «این خبرگزاری به نقل از Y نوشت» a sentence on, «به نوشته X،» right after the lead, and a foreign site after
    «از» that the outlet list lacked (read as a desk city: the source was lost)."""
    assert extract_provenance(text).cited == cited


_BODY = "ادامه متن خبر در این بند آمده است و جزئیات بیشتری از رویداد را شرح می‌دهد.\n" * 4


@pytest.mark.parametrize(("title", "text", "outlet", "cited"), [
    # a channel's symbol glued to the lead
    ("تجمع کارگران", "🔻به گزارش ایلنا، کارگران یک واحد تولیدی مقابل اداره کار تجمع کردند.\n" + _BODY, "ایلنا", []),
    # a series title «... - قسمت دوم» and a genre label «گزارش اختصاصی | ...» name no site
    ("بحران آب تهران - قسمت دوم", "به گزارش خبرنگار اجتماعی ایسنا، در قسمت نخست به وضعیت سدها پرداختیم.\n" + _BODY,
     "ایسنا", []),
    ("گزارش اختصاصی | داروهای نایاب", "داروخانه‌ها با کمبود داروهای خاص روبه‌رو هستند.\n" + _BODY, None, []),
    # a related box right after the first paragraph of a page with no lead holds another article's lead
    ("بازار میوه", "میدان مرکزی میوه این روزها شلوغ‌تر از همیشه است.\nبیشتر بخوانید:\nهشدار هواشناسی برای جنوب\n"
     "به گزارش ایسنا، سازمان هواشناسی هشدار نارنجی صادر کرد.\n" + _BODY, None, []),
    # «به گزارش رسانه‌های محلی،» deep in a page with no lead supports one fact
    ("سیل در جنوب", "باران‌های سیل‌آسا چند روستا را فراگرفت.\n" + _BODY + "به گزارش رسانه‌های محلی، دو پل تخریب شد.\n",
     None, []),
    # a press office named with its head «اداره کل روابط عمومی» releases; it does not publish
    ("زمین چمن", "به گزارش اداره کل روابط عمومی وزارت ورزش و جوانان، تفاهم‌نامه ساخت ۲۰۰ زمین چمن امضا شد.\n" + _BODY,
     None, ["اداره کل روابط عمومی وزارت ورزش و جوانان"]),
    # a breadcrumb line before a colon lead
    ("قطار حومه‌ای", "اخبار › اقتصادی › حمل و نقل\nخبرگزاری فارس: نخستین خط قطار برقی حومه‌ای افتتاح شد.\n" + _BODY,
     "خبرگزاری فارس", []),
    # guards (held before): a lead after the first paragraph; a title «... - روزیاتو»; «به گزارش روابط عمومی X،»
    ("بازار میوه", "میدان مرکزی میوه این روزها شلوغ است.\nبه گزارش ایسنا، قیمت‌ها دو برابر شده است.\n" + _BODY,
     "ایسنا", []),
    ("افزایش قیمت بنزین - روزیاتو", "قیمت بنزین فردا تغییر می‌کند.\n" + _BODY, "روزیاتو", []),
    ("زمین چمن", "به گزارش روابط عمومی وزارت ورزش و جوانان، تفاهم‌نامه امضا شد.\n" + _BODY, None,
     ["روابط عمومی وزارت ورزش و جوانان"]),
])
def test_long_scraped_pages(title: str, text: str, outlet: str | None, cited: list[str]) -> None:
    """Leads and page furniture of long scraped pages a probe found wrong."""
    p = extract_provenance(text, title)
    assert (p.outlet, p.cited) == (outlet, cited)


def test_a_readers_source_in_the_comments_is_no_footer() -> None:
    """«نظرات کاربران ... منبع: سایت مرکز آمار» (a reader's comment) was the article's cited source; a footer above
    the comments is still read (a guard: it held before)."""
    text = "نرخ بیکاری در فصل پاییز کاهش یافت.\n" + _BODY
    comments = "نظرات کاربران\nرضا\nاین آمار قدیمی است. منبع: سایت مرکز آمار\nپاسخ\n"
    assert extract_provenance(text + comments, "بیکاری").cited == []
    assert extract_provenance(text + "منبع: فرارو\n" + comments, "بیکاری").cited == ["فرارو"]
