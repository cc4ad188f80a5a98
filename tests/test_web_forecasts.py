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
