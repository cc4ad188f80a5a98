"""Place gazetteer and resolution: provinces, cities, countries and the two ambiguities."""

from __future__ import annotations

from didban.places import resolve
from didban.places.gazetteer import ATTRIBUTION, gazetteer, lookup, provinces
from didban.records import Mention

PROVINCE_IDS = {
    "alborz", "ardabil", "azarbaijan-sharghi", "azarbaijan-gharbi", "bushehr", "chaharmahal-bakhtiari", "fars",
    "gilan", "golestan", "hamedan", "hormozgan", "ilam", "isfahan", "kerman", "kermanshah", "khorasan-shomali",
    "khorasan-razavi", "khorasan-jonubi", "khuzestan", "kohgiluyeh-boyerahmad", "kordestan", "lorestan",
    "markazi", "mazandaran", "qazvin", "qom", "semnan", "sistan-baluchestan", "tehran", "yazd", "zanjan",
}


def ids(refs):
    return {r.id for r in refs}


def test_31_provinces_with_names_and_capitals():
    ps = provinces()
    assert {p["id"] for p in ps} == PROVINCE_IDS
    g = gazetteer()
    for p in ps:
        assert g.places[p["id"]].kind == "province"
        assert p["fa"] and p["en"] and p["capital_fa"] and p["capital_en"]
        # the capital is a city of that province
        assert any(c.kind == "city" and c.province == p["id"] for c in lookup(p["capital_fa"])), p["id"]


def test_every_iranian_city_has_a_province_and_geonames_attribution():
    g = gazetteer()
    cities = [p for p in g.places.values() if p.kind == "city" and p.country == "IR"]
    assert len(cities) > 300
    assert all(c.province in PROVINCE_IDS for c in cities)
    from didban.places.gazetteer import FOREIGN_COUNTRIES

    abroad = [p for p in g.places.values() if p.kind == "city" and p.country != "IR"]
    assert abroad and all(c.province is None and c.country in FOREIGN_COUNTRIES for c in abroad)
    assert sum(c.id.split(":")[1].isdigit() for c in cities) > 250  # most matched to a GeoNames id
    assert "GeoNames" in ATTRIBUTION


def test_countries_iso_alpha2_with_persian_names():
    assert [p.id for p in lookup("عراق")] == ["IQ"]
    assert [p.id for p in lookup("افغانستان")] == ["AF"]
    assert "US" in [p.id for p in lookup("آمریکا")]
    g = gazetteer()
    countries = [p for p in g.places.values() if p.kind == "country"]
    assert len(countries) > 200 and all(len(c.id) == 2 and c.id.isupper() for c in countries)


def test_letter_variants_resolve_alike():
    for text in ("زلزله در كرمانشاه", "زلزله در کرمانشاه", "زلزله در كرمانشاه‌"):
        refs, main = resolve(text, mentions=[])
        assert main == "kermanshah"
    refs, _ = resolve("سیل در شهرستان علي‌آباد كتول", mentions=[])
    assert any(r.province == "golestan" and r.kind == "city" for r in refs)


def test_kerman_city_province_or_person():
    refs, main = resolve("بارش برف در کرمان ادامه دارد", mentions=[])
    (r,) = refs
    assert r.kind == "city" and r.province == "kerman" and main == "kerman"
    refs, _ = resolve("استاندار استان کرمان گفت", mentions=[])
    assert [r.kind for r in refs] == ["province"] and refs[0].id == "kerman"
    # a person: after a title, or inside a PER mention
    assert resolve("آقای کرمان در این نشست گفت", mentions=[]) == ([], None)
    text = "محمد کرمان مدیرعامل باشگاه شد"
    assert resolve(text, mentions=[Mention("محمد کرمان", "PER", 0, 10)]) == ([], None)


def test_azerbaijan_province_or_country():
    refs, main = resolve("رئیس‌جمهور جمهوری آذربایجان گفت", mentions=[])
    assert ids(refs) == {"AZ"} and main == "AZ"
    refs, main = resolve("هیئتی از آذربایجان در باکو با علی‌اف دیدار کرد", mentions=[])
    assert "AZ" in ids(refs) and main == "AZ"
    refs, main = resolve("کشاورزان آذربایجان در تبریز و مراغه تجمع کردند", mentions=[])
    assert "AZ" not in ids(refs) and main == "azarbaijan-sharghi"
    refs, main = resolve("سیل در ارومیه؛ مردم آذربایجان کمک کردند", mentions=[])
    assert "azarbaijan-gharbi" in ids(refs) and main == "azarbaijan-gharbi"
    refs, _ = resolve("مرز آذربایجان غربی با ترکیه", mentions=[])
    assert "azarbaijan-gharbi" in ids(refs) and "TR" in ids(refs)


def test_fixed_phrases_are_not_places():
    refs, _ = resolve("به گزارش خبرگزاری فارس، نفتکش در خلیج فارس توقیف شد", mentions=[])
    assert "fars" not in ids(refs)


def test_main_place_prefers_the_dateline_and_every_city_has_its_province():
    text = ("به گزارش خبرگزاری فارس از یاسوج، در نشست امروز که در تهران برگزار شد، "
            "مسئولان از تهران و اصفهان و شیراز و دهدشت گفتند")
    refs, main = resolve(text, mentions=[])
    assert main == "kohgiluyeh-boyerahmad"
    assert all(r.province for r in refs if r.kind == "city")
    assert all(0 < r.confidence <= 1 for r in refs)


def test_abroad_and_empty():
    refs, main = resolve("انفجار در بغداد؛ عراق و سوریه", mentions=[])
    assert main == "IQ"
    assert resolve("", mentions=[]) == ([], None)
    assert resolve("متنی بدون مکان", mentions=[]) == ([], None)


def test_mali_is_a_country_only_with_a_cue() -> None:
    from didban.places import resolve

    places, main = resolve("مشکلات مالی شرکت‌های دولتی در تهران افزایش یافت")
    assert main == "tehran" and "ML" not in {p.id for p in places}
    assert "ML" in {p.id for p in resolve("حمله تروریستی در کشور مالی ۱۰ کشته بر جای گذاشت")[0]}


def test_hyphenated_names_match_as_text_is_tokenized() -> None:
    """«Sistan-Baluchestan», «Boyer-Ahmad», «Guinea-Bissau»: the text's tokenizer splits at the hyphen, and the
    gazetteer's names are split the same way."""
    refs, main = resolve("Clashes near Saravan in Sistan-Baluchestan province left two dead.")
    assert "sistan-baluchestan" in [r.id for r in refs] and main == "sistan-baluchestan"
    assert resolve("The governor of Kohgiluyeh and Boyer-Ahmad said roads were open.")[1] == "kohgiluyeh-boyerahmad"
    assert resolve("Talks were held in Guinea-Bissau on Monday.")[1] == "GW"
    assert [p.id for p in lookup("Sistan-Baluchestan")] == ["sistan-baluchestan"]


def test_large_cities_abroad_and_their_namesakes():
    """The region's large cities abroad resolve to their country («هرات» was a village of Yazd); cities abroad
    give the main place only when nothing in Iran or no country is named; common words are no cities («دبی»: a
    river's flow rate, «احمدی»: a surname, «مدینه»: a city)."""
    from didban.places import resolve

    places, main = resolve("مهاجران افغان در هرات با کمبود آب روبرو هستند.")
    assert [(p.country, p.kind) for p in places] == [("AF", "city")] and main == "AF"
    places, main = resolve("Afghan returnees strain Herat's resources")
    assert "AF" in {p.country for p in places} and main == "AF"
    places, _ = resolve("سفر وزیر خارجه به بغداد و اربیل")
    assert {p.country for p in places} == {"IQ"}
    assert resolve("دبی آب رودخانه کارون در اهواز به ۵۰ متر مکعب رسید")[1] == "khuzestan"
    assert "AE" not in {p.country for p in resolve("دبی آب رودخانه کارون در اهواز به ۵۰ متر مکعب رسید")[0]}
    assert resolve("آقای احمدی در تهران گفت")[1] == "tehran"
    assert resolve("دست کارگر در کارخانه بریده شد", mentions=[])[0] == []  # «cut off», not Buraydah
    assert "SA" not in {p.country for p in resolve("وقع هجوم في مدينة زاهدان", lang="ar")[0]}
    # a dateline abroad is a bureau, not the place of the story
    _, main = resolve("DUBAI (Reuters) - Iran's Revolutionary Guards seized a tanker in the Gulf, Iranian media said.")
    assert main != "AE"


def test_ner_gazetteer_features_leave_out_cities_abroad():
    """The shipped taggers were trained on the gazetteer of Iranian places and countries: a feature name for a
    city abroad («بغداد», «اربیل») would change what they read."""
    from didban.places.gazetteer import feature_names, gazetteer, index_key

    g = gazetteer()
    names = {n for n, _ in feature_names()}
    assert index_key("بغداد") not in names and index_key("اربیل") not in names
    assert all(any(g.places[i].country == "IR" or g.places[i].kind == "country" for i in g.index[n]) for n in names)


def test_markazi_is_the_province_only_when_named_as_one() -> None:
    """«مرکزی» is first an adjective: the central bank, a central command, a county's central district."""
    for text in ("رئیس کل بانک مرکزی از کاهش نرخ تورم خبر داد",
                 "فرماندهی مرکزی ارتش آمریکا بیانیه داد",
                 "شورای مرکزی حزب تشکیل جلسه داد و دولت مرکزی عراق واکنش نشان داد",
                 "دهیاران بخش مرکزی شهرستان بیرجند گرد هم آمدند"):
        refs, main = resolve(text, mentions=[])
        assert "markazi" not in ids(refs), text
    for text in ("زلزله در استان مرکزی خسارت زد", "استاندار مرکزی از روستاهای زلزله زده بازدید کرد",
                 "در استان‌های تهران، مرکزی و قم باران بارید"):
        refs, main = resolve(text, mentions=[])
        assert "markazi" in ids(refs), text
    assert resolve("استاندار مرکزی از روستاهای زلزله زده بازدید کرد", mentions=[])[1] == "markazi"


def test_fars_the_agency_is_not_the_province() -> None:
    for text in ("به گزارش فارس، نشست شورای امنیت برگزار شد", "به نقل از فارس، نشست شورای امنیت برگزار شد",
                 "فارس: نشست شورای امنیت برگزار شد"):
        assert "fars" not in ids(resolve(text, mentions=[])[0]), text
    refs, main = resolve("به گزارش فارس، سیل در استان فارس دو روستا را فرا گرفت", mentions=[])
    assert "fars" in ids(refs) and main == "fars"
    assert main == resolve("سیل در فارس دو روستا را فرا گرفت", mentions=[])[1]


def test_iraqi_kurdistan_and_kurdish_parties_are_not_the_province() -> None:
    refs, main = resolve("سپاه مواضع گروهک‌ها را در کردستان عراق هدف قرار داد", mentions=[])
    assert "kordestan" not in ids(refs) and main == "IQ"
    refs, main = resolve("پهپادها مقرهای اقلیم کردستان را زدند", mentions=[])
    assert "kordestan" not in ids(refs) and main == "IQ"
    for text in ("حزب کارگران کردستان مسئولیت حمله را پذیرفت", "اعضای حزب دموکرات کردستان بازداشت شدند"):
        assert "kordestan" not in ids(resolve(text, mentions=[])[0]), text
    refs, main = resolve("زلزله در استان کردستان و در سنندج خسارت زد", mentions=[])
    assert main == "kordestan"
    refs, main = resolve("در سنندج مرکز کردستان باران بارید", mentions=[])
    assert main == "kordestan" and "kordestan" in ids(refs)


def test_city_names_that_are_everyday_words_need_a_cue() -> None:
    """«صحنه» (scene), «میانه» (middle), «سهند» (a destroyer), «اهرم» (lever), «سراب» (mirage): a place only
    after «شهر»/«شهرستان» or in a list of places."""
    for text in ("نامزدها در صحنه انتخابات حاضر شدند", "در میانه میدان ایستاد", "ناوشکن سهند به آب انداخته شد",
                 "از اهرم فشار استفاده کردند", "این وعده‌ها سراب است", "دهه مبارکه فجر آغاز شد"):
        refs, main = resolve(text, mentions=[])
        assert not any(r.kind == "city" for r in refs), (text, refs)
    assert "city:124082" in ids(resolve("زلزله شهرستان میانه را لرزاند", mentions=[])[0])
    assert resolve("مردم شهر صحنه در کرمانشاه تجمع کردند", mentions=[])[1] == "kermanshah"


def test_the_ner_gazetteer_features_do_not_move_with_the_resolvers_word_lists() -> None:
    """The resolver's extra everyday-word list is its own: the shipped taggers' place features are unchanged."""
    from didban.places.gazetteer import feature_names
    from didban.places.resolve import _WEAK
    from didban.text.normalize import fold

    names = {n for n, _ in feature_names()}
    assert fold("صحنه") in _WEAK and fold("صحنه") in names


def test_a_border_that_locates_a_place_in_iran_is_not_the_main_place() -> None:
    text = ("Gunmen kill two Iranian border guards near Pakistan border\nThe attack took place near the town of "
            "Saravan, close to the border with Pakistan, the provincial border guard commander said.")
    assert resolve(text, mentions=[])[1] == "sistan-baluchestan"
    assert resolve("درگیری مسلحانه در مرز پاکستان؛ دو مرزبان در سراوان شهید شدند", mentions=[])[1] == "sistan-baluchestan"
    # the neighbour itself is the subject when no border is named
    assert resolve("طالبان در افغانستان قدرت گرفت و ایران نگران است", mentions=[])[1] == "AF"
    assert resolve("Pakistan's army said militants attacked a post in Quetta.", mentions=[])[1] == "PK"


def test_the_bureau_of_a_wire_dateline_is_not_the_main_place() -> None:
    text = "Iran seizes tanker\nDUBAI, United Arab Emirates (AP) — Iran seized a foreign tanker near Bandar Abbas."
    refs, main = resolve(text, mentions=[])
    assert main == "hormozgan"
    assert "AE" in ids(refs)  # still listed among the places it names
    assert resolve("Gulf talks\nDUBAI, United Arab Emirates (AP) — Gulf Arab states met in Dubai.",
                   mentions=[])[1] == "AE"  # a story about the Emirates themselves: the body names them


def test_countries_that_are_everyday_words() -> None:
    """«مالی» (financial) and «چک» (cheque) are countries only after a country cue, even after «بخش»; «اقیانوس
    هند» is the Indian Ocean, not India."""
    for text in ("بحران در بخش مالی بانک‌ها ادامه دارد", "او چک را امضا کرد و تجهیزات را چک کرد",
                 "نفتکش در اقیانوس هند حرکت کرد"):
        assert not any(r.kind == "country" for r in resolve(text, mentions=[])[0]), text
    assert "CZ" in ids(resolve("وزیر خارجه جمهوری چک به تهران آمد", mentions=[])[0])
    assert "ML" in ids(resolve("نیروهای فرانسه در کشور مالی مستقر شدند", mentions=[])[0])
    assert "IN" in ids(resolve("سفیر ایران در هند با وزیر خارجه دیدار کرد", mentions=[])[0])


def test_english_place_names_are_capitalized() -> None:
    """Lower-case English words that are also Iranian city names («jam», «bam», «kish») are not places."""
    for text in ("Traffic jam in the capital as fuel prices rise", "The bam of the drum", "They took a kish of bread"):
        assert resolve(text, mentions=[], lang="en")[0] == [], text
    assert resolve("The delegation will arrive in Kish on Monday", mentions=[], lang="en")[1] == "hormozgan"
    assert resolve("A quake hit BAM overnight", mentions=[], lang="en")[1] == "kerman"


def test_english_iraqi_kurdistan_and_south_pars() -> None:
    assert resolve("Iran strikes Kurdish opposition bases in Iraq's Kurdistan region", mentions=[], lang="en")[1] == "IQ"
    assert "kordestan" not in ids(resolve("Drones hit Iraqi Kurdistan", mentions=[], lang="en")[0])
    assert resolve("Protests in Kurdistan province and Sanandaj", mentions=[], lang="en")[1] == "kordestan"
    refs, main = resolve("Workers at South Pars in Asaluyeh protested", mentions=[], lang="en")
    assert "fars" not in ids(refs) and main == "bushehr"
