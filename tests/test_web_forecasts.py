"""The dashboard's forecast track record: stored forecasts, resolved by outcomes, scored on the page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from didban.records import Forecast
from didban.store import Store
from didban.web.app import create_app


def test_track_record_page_and_api(tmp_path) -> None:
    store = Store.open(tmp_path / "f.db")
    client = TestClient(create_app(store))
    empty = client.get("/forecasts?lang=en")
    assert empty.status_code == 200 and 'id="no-forecasts"' in empty.text

    store.save_forecasts([
        Forecast(region="Syria", month="2023-01", target="fatalities>=25", p=0.9, expected=120.0, as_of="2022-12",
                 horizon=1, model="test-1"),
        Forecast(region="Oman", month="2023-01", target="fatalities>=25", p=0.1, expected=0.5, as_of="2022-12",
                 horizon=1, model="test-1"),
        Forecast(region="Iraq", month="2023-02", target="fatalities>=25", p=0.6, expected=30.0, as_of="2022-12",
                 horizon=2, model="test-1"),
    ])
    assert store.resolve_forecasts({("Syria", "2023-01"): 300.0, ("Oman", "2023-01"): 0.0}, kind="fatalities") == 2

    record = client.get("/api/forecasts/track-record").json()
    assert (record["forecasts"], record["resolved"], record["open"]) == (3, 2, 1)
    # outcomes 1 and 0 against p 0.9 and 0.1: Brier = (0.01 + 0.01) / 2
    assert abs(record["brier"] - 0.01) < 1e-9

    page = client.get("/forecasts?lang=en")
    assert page.status_code == 200
    assert 'id="scores"' in page.text and "0.010" in page.text
    assert 'id="open"' in page.text and "Iraq" in page.text
    fa = client.get("/forecasts?lang=fa")
    assert 'dir="rtl"' in fa.text and "۰.۰۱۰" in fa.text  # Persian digits


def test_forecast_rows_name_regions_and_months_in_the_page_language(tmp_path) -> None:
    """Region ids and months as the trends page shows them (stop 25: raw ids, Gregorian months in Persian, and
    no as-of or model for the resolved ones)."""
    store = Store.open(tmp_path / "f.db")
    store.save_forecasts([
        Forecast(region="sistan-baluchestan", month="2026-11", target="events>=1", p=0.7, expected=1.2,
                 as_of="2026-10", horizon=1, model="didban-forecast/4 logit", inputs="store by=adm1"),
        Forecast(region="IQ", month="2026-12", target="events>=1", p=0.4, expected=0.5, as_of="2026-10",
                 horizon=2, model="didban-forecast/4 logit", inputs="store by=adm1"),
    ])
    store.resolve_forecasts({("sistan-baluchestan", "2026-11"): 2.0}, kind="events")
    client = TestClient(create_app(store))
    fa = client.get("/forecasts?lang=fa").text
    assert "سیستان و بلوچستان" in fa and "عراق" in fa and "آذر" in fa and "sistan-baluchestan</bdi>" not in fa
    en = client.get("/forecasts?lang=en").text
    assert "Sistan" in en and "Iraq" in en and "Nov 2026" in en and "Oct 2026" in en
    assert "didban-forecast/4 logit" in en.split('id="recent"', 1)[1]
