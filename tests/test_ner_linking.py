"""Entity linking: letter variants, aliases, titles, merging, and the store."""

from __future__ import annotations

from didban.entities.linking import Linker, key, linker, starter_entities
from didban.records import Article, Entity, Mention


def test_isis_aliases_share_one_canonical_record():
    lk = linker()
    ids = {lk.canonical(a, "ORG") for a in ("داعش", "ISIS", "ISIL", "الدولة الإسلامية", "Daesh", "دولت اسلامی")}
    assert ids == {"org:isis"}


def test_arabic_and_persian_letter_forms_link_alike():
    lk = linker()
    # Arabic yeh/kaf, ZWNJ vs space vs joined, diacritics
    assert lk.canonical("سپاه پاسداران انقلاب اسلامي", "ORG") == "org:irgc"
    assert lk.canonical("حزب‌الله", "ORG") == lk.canonical("حزب الله", "ORG") == "org:hezbollah"
    assert lk.canonical("وزارت امور خارجه", "ORG") == lk.canonical("وزارت امور خارجة", "ORG") == "org:min-foreign"
    assert lk.canonical("آیت‌الله خامنه‌اي", "PER") == "per:khamenei"


def test_titles_are_stripped_before_matching():
    assert key("سردار قاسم سلیمانی") == key("قاسم سلیمانی")
    assert key("حجت‌الاسلام والمسلمین حسن روحانی") == key("حسن روحانی")
    assert linker().canonical("آقای محمدجواد ظريف", "PER") == "per:zarif"
    # a title alone is not stripped to nothing
    assert key("سردار") != ""


def test_unknown_names_get_one_derived_id_across_spellings():
    lk = linker()
    a = lk.canonical("علي كريمي", "PER")
    b = lk.canonical("دکتر علی کریمی", "PER")
    assert a == b and a is not None and a.startswith("per:")
    assert lk.canonical("۱۲ درصد", "PCT") is None


def test_provincial_bodies_exist_for_all_31_provinces():
    ids = {e.id for e in starter_entities()}
    governorates = {i for i in ids if i.startswith("org:governorate:")}
    assert len(governorates) == 31
    assert linker().canonical("استانداری كرمان", "ORG") == "org:governorate:kerman"


def test_merging_a_new_alias_and_refusing_a_conflicting_one():
    lk = Linker([Entity(id="org:x", name="گروه ایکس", type="ORG", aliases=["ایکس"]),
                 Entity(id="org:y", name="گروه وای", type="ORG")])
    assert lk.lookup("جبهه ایکس") is None
    assert lk.add_alias("org:x", "جبهه ایکس")
    assert lk.lookup("جبهه ايكس").id == "org:x"
    assert not lk.add_alias("org:y", "ایکس")  # already owned by org:x
    assert "جبهه ایکس" in lk.entities["org:x"].aliases


def test_observe_creates_records_for_new_actors_and_merges_spellings():
    lk = Linker()
    ms = lk.link([Mention("علی کریمی", "PER", 0, 9), Mention("علي كريمي", "PER", 20, 29)])
    new = lk.observe(ms)
    assert len(new) == 1
    assert new[0].aliases == ["علي كريمي"]


def test_store_entities_aliases_and_mentions(any_store):
    store = any_store
    lk = Linker([e for e in starter_entities() if e.id in {"org:isis", "org:irgc"}])
    assert lk.sync(store) == 2
    assert store.entity_by_alias(key("الدولة الاسلامية")).id == "org:isis"
    assert store.add_entity_alias("org:isis", "داعشی‌ها", key("داعشی‌ها"))
    e = store.entity("org:isis")
    assert "داعشی‌ها" in e.aliases and "ISIL" in e.aliases
    assert store.entity_by_alias(key("داعشي ها")).id == "org:isis"
    assert not store.add_entity_alias("org:none", "x")
    report = store.add_articles([Article(title="t", text="داعش و سپاه", url="https://example.org/a")])
    assert report.added == 1
    aid = store.latest(1)[0].id
    n = store.save_mentions(aid, [Mention("داعش", "ORG", 0, 4, "org:isis"), Mention("سپاه", "ORG", 7, 11, "org:irgc")])
    assert n == 2
    assert store.articles_mentioning("org:isis") == [aid]
    assert store.articles_mentioning("org:mek") == []


def test_persist_links_merges_and_stores(any_store):
    from didban.entities.linking import persist

    store = any_store
    store.add_articles([Article(title="t", text="x", url="https://example.org/p")])
    aid = store.latest(1)[0].id
    ms = [Mention("داعشي", "ORG", 0, 5, None), Mention("الدولة الإسلامية", "ORG", 6, 22, None),
          Mention("رضا محمدی", "PER", 23, 32, None), Mention("رضا محمدي", "PER", 33, 42, None)]
    ms[0].canonical = "org:isis"  # a new spelling the linker attached to ISIS
    assert persist(store, aid, ms) == 4
    assert ms[1].canonical == "org:isis"
    assert store.entity_by_alias(key("داعشی")).id == "org:isis"
    per = store.entity_by_alias(key("رضا محمدی"))
    assert per is not None and per.type == "PER" and ms[2].canonical == ms[3].canonical == per.id
    assert set(store.articles_mentioning("org:isis")) == {aid}


def test_descriptors_and_places_link():
    lk = linker()
    assert lk.canonical("گروهک تروریستی داعش", "ORG") == "org:isis"
    assert lk.canonical("گروهک تروریستي جیش‌العدل", "ORG") == "org:jaish-al-adl"
    assert lk.canonical("سوريه", "LOC") == "loc:SY"
    assert lk.canonical("كرمان", "LOC") == "loc:kerman"
    assert lk.canonical("ناکجاآباد", "LOC") == "loc:ناکجاآباد"


def test_english_names_of_known_actors_are_mentions() -> None:
    """The Persian tagger finds nothing in English; the gazetteer's Latin names do: acronyms only in capitals
    («IS» the group, not «is»), other names capitalised, the longest name first, Persian text untouched."""
    from didban.entities import extract_mentions

    text = ("ISIS claimed the attack, the IRGC said. It is unclear whether Jaish al-Adl was involved; "
            "the Revolutionary Guards and the IAEA declined to comment. islamic state, in lower case, is not a name.")
    got = [(m.text, m.type, m.canonical) for m in extract_mentions(text)]
    assert got == [("ISIS", "ORG", "org:isis"), ("IRGC", "ORG", "org:irgc"),
                   ("Jaish al-Adl", "ORG", "org:jaish-al-adl"), ("Revolutionary Guards", "ORG", "org:irgc"),
                   ("IAEA", "ORG", "org:iaea")]
    fa = [(m.text, m.canonical) for m in extract_mentions("داعش مسئولیت حمله را پذیرفت و IAEA گزارش داد.")]
    assert fa == [("داعش", "org:isis"), ("IAEA", "org:iaea")]


def test_english_text_gets_gazetteer_actors_and_person_speakers():
    """English copy: no Persian tagger (it reads Latin script poorly); gazetteer actors by their English names
    and the quote speakers that are persons («Esmaeil Baghaei»), not bodies («Iran Human Rights»)."""
    from didban.pipeline import Pipeline
    from didban.records import Article

    text = ("Iran's foreign ministry spokesman Esmaeil Baghaei said talks would continue. Foreign Minister Abbas "
            "Araghchi met the IAEA chief in Vienna, Iran Human Rights said.")
    a = Pipeline(["text", "entities"])(Article(title="Talks", text=text))
    assert [(m.text, m.type, m.canonical) for m in a.mentions] == [
        ("Esmaeil Baghaei", "PER", "per:esmaeil baghaei"), ("Abbas Araghchi", "PER", "per:araghchi"),
        ("IAEA", "ORG", "org:iaea")]
