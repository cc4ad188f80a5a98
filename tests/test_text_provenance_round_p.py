"""Round p (heldout_o as dev): behavioural tests on invented sentences; each failed before its fix."""

from didban.text.quotes import extract_quotes


def _starts(text: str) -> dict[int, str | None]:
    return {q.start: q.speaker for q in extract_quotes(text)}


def test_warning_with_ekhtar_is_a_cue() -> None:
    text = "وزیر نیرو دیروز در جمع خبرنگاران اخطار کرد که مصرف برق در تابستان از توان شبکه بیشتر خواهد شد."
    start = text.index("مصرف برق")
    got = _starts(text)
    assert any(abs(s - start) <= 3 for s in got), got
    assert "وزیر نیرو" in (got[next(s for s in got if abs(s - start) <= 3)] or "")


def test_promise_with_vaede_is_a_cue() -> None:
    text = "شهردار تبریز ماه گذشته وعده داده بود که خط دوم قطار شهری تا پایان سال به بهره‌برداری می‌رسد."
    start = text.index("خط دوم")
    got = _starts(text)
    assert any(abs(s - start) <= 3 for s in got), got


def test_threat_is_no_cue() -> None:
    text = "فرمانده پلیس راهور تهدید کرد که رانندگان متخلف را جریمه خواهد کرد."
    assert not _starts(text)


def test_page_furniture_before_a_name_is_no_part_of_the_speaker() -> None:
    text = ("نتایج را در کانال ما ببینید. (اینجا بزنید) کریمی در نشست خبری گفت: قیمت نان تا پایان سال تغییر "
            "نمی‌کند. حمید کریمی، وزیر کشاورزی، افزود: واردات گندم ادامه دارد.")
    got = _starts(text)
    first = next(s for s in got if abs(s - text.index("قیمت نان")) <= 3)
    assert got[first] is not None and "(" not in got[first] and ")" not in got[first], got
    assert "کریمی" in got[first]


def test_furniture_before_a_title_gives_the_named_office_holder() -> None:
    text = ("12:40 Asia/Tehran [Updated: 13:05 Asia/Tehran] سخنگوی وزارت نیرو گفت: ذخایر سدها کم است. "
            "مهدی نادری، سخنگوی وزارت نیرو، افزود: مردم صرفه‌جویی کنند.")
    got = _starts(text)
    first = next(s for s in got if abs(s - text.index("ذخایر")) <= 3)
    assert got[first] is not None and "Tehran" not in got[first], got
