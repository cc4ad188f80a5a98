"""Forecasts: no row after as-of is ever read, the CLI contract, calibration scores."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from didban.assess import calibration as cal
from didban.assess.backtest import rolling_backtest
from didban.assess.forecast import FEATURES, NEIGHBOUR_FEATURES, feature_cube, forecast_table
from didban.assess.history import Problems, Target, load_history, parse_month
from didban.cli import _register, app

_register()


def _synthetic_panel(n_months: int = 120, n_regions: int = 24, seed: int = 1) -> pd.DataFrame:
    """Persistent conflict-like counts: a latent log-intensity AR(1) per region."""
    rng = np.random.default_rng(seed)
    level = rng.normal(1.0, 2.0, n_regions)
    z = level.copy()
    rows = []
    for _ in range(n_months):
        z = 0.85 * z + 0.15 * level + rng.normal(0, 0.6, n_regions)
        rows.append(rng.poisson(np.exp(z)))
    idx = pd.period_range("2010-01", periods=n_months, freq="M")
    return pd.DataFrame(np.array(rows, dtype=float), index=idx, columns=[f"R{i:02d}" for i in range(n_regions)])


def _write_wide(panel: pd.DataFrame, path: Path, poison_after: pd.Period | None = None) -> None:
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", *panel.columns, "Unnamed: 99"])
        for m, row in panel.iterrows():
            date = m.to_timestamp(how="end").strftime("%Y-%m-%d")
            if poison_after is not None and m > poison_after:
                w.writerow([date, *(["not-a-number"] * len(row)), "0"])
            else:
                w.writerow([date, *[f"{v:g}" for v in row], "0"])


def test_forecast_for_as_of_never_reads_a_row_after_it(tmp_path: Path) -> None:
    panel = _synthetic_panel()
    as_of = pd.Period("2017-06", freq="M")
    clean, poisoned = tmp_path / "clean.csv", tmp_path / "poisoned.csv"
    _write_wide(panel, clean)
    _write_wide(panel, poisoned, poison_after=as_of)
    # the reader skips the later rows unparsed: poisoned values are reported when parsed
    whole = Problems()
    load_history(poisoned, problems=whole)
    assert whole.count == panel.loc[as_of + 1:].size
    cut = Problems()
    loaded = load_history(poisoned, as_of=as_of, problems=cut)
    assert not cut, str(cut)
    assert loaded.index[-1] == as_of
    assert "Unnamed: 99" not in loaded.columns
    pd.testing.assert_frame_equal(loaded, panel.loc[:as_of], check_freq=False)

    runner = CliRunner()
    args = ["forecast", "--as-of", "2017-06", "--horizon", "3", "--target", "fatalities>=5", "--format", "csv"]
    a = runner.invoke(app, [*args, "--history", str(clean)])
    b = runner.invoke(app, [*args, "--history", str(poisoned)])
    assert a.exit_code == 0, a.output
    assert a.stdout == b.stdout
    assert "not usable" not in b.output
    lines = a.stdout.strip().splitlines()
    assert lines[0] == "region,month,p,expected"
    assert len(lines) == 1 + 3 * panel.shape[1]
    months = {ln.split(",")[1] for ln in lines[1:]}
    assert months == {"2017-07", "2017-08", "2017-09"}

    # and in memory: the whole frame or the frame cut at as-of give the same table
    full = forecast_table(panel, as_of, 3, "fatalities>=5")
    cut = forecast_table(panel.loc[:as_of], as_of, 3, "fatalities>=5")
    pd.testing.assert_frame_equal(full, cut)
    changed = panel.copy()
    changed.loc[as_of + 1:] = 1e6
    pd.testing.assert_frame_equal(full, forecast_table(changed, as_of, 3, "fatalities>=5"))


def test_forecast_tracks_intensity_and_is_a_probability() -> None:
    panel = _synthetic_panel(n_months=150, n_regions=30)
    table = forecast_table(panel, "2021-12", 2, "fatalities>=10")
    assert table["p"].between(0, 1).all() and (table["expected"] >= 0).all()
    first = table[table["month"] == "2022-01"].set_index("region")
    recent = np.log1p(panel.loc["2021-07":"2021-12"]).mean()
    # regions that were hot recently get higher probabilities than the cold ones
    hot, cold = recent.nlargest(8).index, recent.nsmallest(8).index
    assert first.loc[hot, "p"].mean() > first.loc[cold, "p"].mean() + 0.3
    assert np.corrcoef(np.log1p(first.loc[recent.index, "expected"]), recent)[0, 1] > 0.7


def test_as_of_after_the_data_forecasts_the_months_after_as_of(tmp_path: Path) -> None:
    panel = _synthetic_panel(n_months=100)
    path = tmp_path / "h.csv"
    _write_wide(panel, path)
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2019-02", "--horizon", "2"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert {ln.split(",")[1] for ln in lines[1:]} == {"2019-03", "2019-04"}
    # before the data: still a well-formed answer, no crash
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "1990-01", "--horizon", "1"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0] == "region,month,p,expected"
    assert "no month at or before as-of 1990-01" in res.stderr  # ... and it says that it knows nothing
    assert {ln.split(",")[2] for ln in res.stdout.splitlines()[1:]} == {"0.500000"}


def test_a_month_out_of_range_is_refused(tmp_path: Path) -> None:
    for bad in ("2020-13", "2020-00", "2020-13-01"):
        with pytest.raises(ValueError, match="not a month"):
            parse_month(bad)
    assert str(parse_month("2020-12-31 00:00:00")) == "2020-12"
    path = tmp_path / "h.csv"
    _write_wide(_synthetic_panel(n_months=30, n_regions=3), path)
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2011-13", "--horizon", "1"])
    assert res.exit_code == 2 and "not a month: '2011-13'" in res.stderr


def test_cells_that_are_not_numbers_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    panel = _synthetic_panel(n_months=60, n_regions=6)
    path = tmp_path / "na.csv"
    _write_wide(panel, path)
    lines = path.read_text().splitlines()
    cells = lines[10].split(",")
    cells[2] = "NA"  # R01 in the 10th month
    lines[10] = ",".join(cells)
    lines.insert(20, "not a date," + ",".join(["1"] * 7))
    path.write_text("\n".join(lines) + "\n")
    problems = Problems()
    loaded = load_history(path, problems=problems)
    assert problems.count == 2
    assert "row 10 column 'R01': 'NA'" in str(problems) and "'not a date' is not a month" in str(problems)
    expected = panel.copy()
    expected.iloc[9, 1] = 0.0
    pd.testing.assert_frame_equal(loaded, expected, check_freq=False)
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2014-06", "--horizon", "1"])
    assert res.exit_code == 0, res.output
    assert "2 cells or rows not usable" in res.output
    assert len(res.stdout.strip().splitlines()) == 1 + panel.shape[1]

    ged = tmp_path / "ged.csv"
    ged.write_text("id,country,adm_1,date_start,best\n1,Syria,A,2016-01-03 00:00:00.000,4\n"
                   "2,Syria,A,2016-01-09,NA\n3,Syria,A,2016-02-01,2\n")
    problems = Problems()
    events = load_history(ged, kind="fatalities", by="adm1", problems=problems)
    assert problems.count == 1 and "row 2 column 'best'" in str(problems)
    assert events["A"].tolist() == [4.0, 2.0]


def test_event_file_by_adm1_counts_events_up_to_as_of(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    path = tmp_path / "ged.csv"
    rows = []
    for m in pd.period_range("2015-01", "2018-12", freq="M"):
        for gov, lam in (("A Governorate", 8.0), ("B Governorate", 1.0), ("C Governorate", 20.0)):
            for _ in range(rng.poisson(lam)):
                day = m.to_timestamp().strftime("%Y-%m-") + "05"
                best = "x" if m > pd.Period("2018-06", "M") else str(rng.integers(0, 5))
                rows.append({"id": len(rows), "country": "Syria", "adm_1": gov, "date_start": day, "best": best})
    rows.append({"id": -1, "country": "Syria", "adm_1": "", "date_start": "2016-01-01", "best": "3"})
    pd.DataFrame(rows).to_csv(path, index=False)
    panel = load_history(path, as_of="2018-06", kind="events", by="adm1")
    assert list(panel.columns) == ["A Governorate", "B Governorate", "C Governorate"]
    assert panel.index[-1] == parse_month("2018-06")
    assert panel["C Governorate"].mean() > panel["B Governorate"].mean()
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2018-06", "--horizon", "2",
                                   "--target", "events>=5", "--by", "adm1"])
    assert res.exit_code == 0, res.output
    p = {ln.split(",")[0]: float(ln.split(",")[2]) for ln in res.stdout.strip().splitlines()[1:]}
    assert p["C Governorate"] > p["A Governorate"] > p["B Governorate"]


def test_backtest_scores_only_months_after_each_origin() -> None:
    panel = _synthetic_panel(n_months=110)
    origins = list(pd.period_range("2017-06", "2018-12", freq="M"))
    df = rolling_backtest(panel, Target("fatalities", 10), origins, [1, 3], refit_every=6)
    assert (pd.PeriodIndex(df["month"], freq="M") > pd.PeriodIndex(df["origin"], freq="M")).all()
    assert df["month"].max() <= str(panel.index[-1])
    y = df["hit"].to_numpy()
    assert cal.brier(df["p"], y) < cal.brier(df["p_clim"], y)


def test_scores_behave() -> None:
    rng = np.random.default_rng(0)
    p = rng.uniform(0, 1, 20000)
    y = (rng.uniform(0, 1, 20000) < p).astype(int)
    assert cal.ece(p, y) < 0.02
    assert cal.ece(np.clip(p + 0.2, 0, 1), y) > 0.1
    assert cal.brier_skill(p, p, y) == pytest.approx(0.0)
    assert cal.brier_skill(p, np.full_like(p, y.mean()), y) > 0.2
    assert cal.log_loss(p, y) < cal.log_loss(np.full_like(p, 0.5), y)
    assert cal.msle(np.array([0.0, 9.0]), np.array([0.0, 9.0])) == 0.0
    assert sum(b["n"] for b in cal.reliability(p, y)) == len(p)


def test_reliability_diagram_writes_png_and_svg(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    p = rng.uniform(0, 1, 500)
    y = (rng.uniform(0, 1, 500) < p).astype(int)
    paths = cal.reliability_diagram({"x": (p, y)}, tmp_path / "rel", title="t")
    assert {q.suffix for q in paths} == {".png", ".svg"}
    assert all(q.stat().st_size > 1000 for q in paths)


def test_real_history_reads_without_the_empty_column(raw_data: Path) -> None:
    path = raw_data / "events" / "pace_ucdp_country_month" / "Hist.csv"
    if not path.exists():
        pytest.skip("Hist.csv absent")
    panel = load_history(path, as_of="2020-12")
    assert panel.index[0] == parse_month("1989-01") and panel.index[-1] == parse_month("2020-12")
    assert not any(c.startswith("Unnamed") for c in panel.columns)
    assert {"Syria", "Iran", "Afghanistan"} <= set(panel.columns)
    assert (panel >= 0).all().all()


def test_neighbour_features_average_the_other_regions_of_the_group() -> None:
    values = np.array([[30.0, 0.0, 0.0, 30.0, 30.0]])
    cube = feature_cube(values, 25, np.array(["a", "a", "b", "b", "b"]))
    names = FEATURES + NEIGHBOUR_FEATURES
    assert cube[0, :, names.index("nb_hit")].tolist() == [0.0, 1.0, 1.0, 0.5, 0.5]
    assert feature_cube(values, 25).shape[2] == len(FEATURES)  # no groups, no neighbour features


_COUNTRIES = ["Iran", "Iraq", "Turkey", "Syria", "Afghanistan", "Pakistan", "Armenia", "Azerbaijan", "Jordan",
              "Saudi Arabia", "Israel", "Lebanon", "Egypt", "Libya", "Sudan", "Chad", "Niger", "Mali", "Algeria",
              "Tunisia", "Dem. Rep. Congo", "Central African Rep.", "S. Sudan", "Côte d'Ivoire"]


def test_country_names_map_to_iso_and_unknown_names_are_reported() -> None:
    from didban.assess import geo

    found, missing = geo.country_codes(["Iran", "Dem. Rep. Congo", "Côte d'Ivoire", "Atlantis", "Damascus"])
    assert found == {"Iran": "IR", "Dem. Rep. Congo": "CD", "Côte d'Ivoire": "CI"}
    assert missing == ["Atlantis", "Damascus"]
    a = geo.adjacency(_COUNTRIES)
    assert a is not None and (a == a.T).all() and not np.diag(a).any()
    i = _COUNTRIES.index
    assert a[i("Iran"), i("Iraq")] == 1 and a[i("Syria"), i("Lebanon")] == 1
    assert a[i("Iran"), i("Syria")] == 0 and a[i("Mali"), i("Pakistan")] == 0
    assert geo.adjacency(["Damascus", "Aleppo", "Idlib"]) is None  # a province panel: no borders guessed
    assert geo.continents(["Iran", "Mali", "Atlantis"]) == {"Iran": "AS", "Mali": "AF"}


def test_every_hist_csv_country_is_mapped(raw_data: Path) -> None:
    from didban.assess import geo

    path = raw_data / "events" / "pace_ucdp_country_month" / "Hist.csv"
    if not path.exists():
        pytest.skip("Hist.csv absent")
    regions = [str(c) for c in load_history(path, as_of="2000-01").columns]
    found, missing = geo.country_codes(regions)
    assert missing == [], f"unmapped Hist.csv columns: {missing}"
    assert len(set(found.values())) == len(regions)  # no two columns on one country
    a = geo.adjacency(regions)
    assert a is not None and a.sum(axis=1).mean() > 2


def test_border_features_use_only_rows_up_to_t_and_the_neighbours() -> None:
    from didban.assess.forecast import BORDER_FEATURES, FEATURES, NEIGHBOUR_FEATURES, region_context

    panel = _synthetic_panel(n_months=60, n_regions=len(_COUNTRIES), seed=3)
    panel.columns = _COUNTRIES
    labels, adj = region_context(_COUNTRIES)
    assert adj is not None and labels is not None
    values = panel.to_numpy(dtype=float)
    cube = feature_cube(values, 25, labels, adj)
    names = FEATURES + BORDER_FEATURES + NEIGHBOUR_FEATURES
    assert cube.shape[2] == len(names)
    t = 40
    later = values.copy()
    later[t + 1:] = 1e6  # rows after t change: nothing at or before t may move
    np.testing.assert_array_equal(feature_cube(later, 25, labels, adj)[: t + 1], cube[: t + 1])
    # the border features of Iran follow its neighbours only: raising Mali (not a neighbour) leaves them
    iran, iraq, mali = (_COUNTRIES.index(c) for c in ("Iran", "Iraq", "Mali"))
    cols = [names.index(f) for f in BORDER_FEATURES]
    bumped = values.copy()
    bumped[:, mali] += 500
    np.testing.assert_array_equal(feature_cube(bumped, 25, labels, adj)[:, iran, cols], cube[:, iran, cols])
    bumped = values.copy()
    bumped[t - 3:t + 1, iraq] += 500
    moved = feature_cube(bumped, 25, labels, adj)[t, iran, cols]
    assert (moved > cube[t, iran, cols]).all()
    m12 = np.log1p(values[t - 11:t + 1]).mean(axis=0)
    assert cube[t, iran, names.index("nb_max_m12")] == pytest.approx(m12[adj[iran] > 0].max())


def test_country_forecast_with_neighbours_never_reads_after_as_of() -> None:
    panel = _synthetic_panel(n_regions=len(_COUNTRIES), seed=4)
    panel.columns = _COUNTRIES
    as_of = pd.Period("2017-06", freq="M")
    full = forecast_table(panel, as_of, 3, "fatalities>=5")
    changed = panel.copy()
    changed.loc[as_of + 1:] = 1e6
    pd.testing.assert_frame_equal(full, forecast_table(changed, as_of, 3, "fatalities>=5"))
    assert len(full) == 3 * len(_COUNTRIES)


def test_saved_cli_forecasts_resolve_from_a_later_file(tmp_path: Path) -> None:
    import json

    panel = _synthetic_panel(n_months=100)
    early, late = tmp_path / "early.csv", tmp_path / "late.csv"
    _write_wide(panel.loc[:"2017-06"], early)
    _write_wide(panel, late)
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    res = runner.invoke(app, ["forecast", "--history", str(early), "--as-of", "2017-06", "--horizon", "2",
                              "--target", "fatalities>=5", "--db", db, "--save"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["resolve", "--db", db, "--history", str(late), "--kind", "fatalities"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["track-record", "--db", db])
    rec = json.loads(res.stdout)
    assert rec["forecasts"] == rec["resolved"] == 2 * panel.shape[1]
    assert 0 <= rec["brier"] < 0.25
    from didban.store import Store

    f = Store.open(db).forecasts(region="R00", resolved=True)
    assert {x.month for x in f} == {"2017-07", "2017-08"}
    assert {x.outcome for x in f} == {panel.loc["2017-07", "R00"], panel.loc["2017-08", "R00"]}
    assert all(x.as_of == "2017-06" and x.model and "rows<=2017-06" in x.inputs for x in f)


def test_platt_prior_lies_between_plain_platt_and_the_identity() -> None:
    from didban.assess.forecast import _logit, _platt_prior, fit_calibrator

    rng = np.random.default_rng(3)
    p = rng.uniform(0.01, 0.6, 3000)
    y = (rng.uniform(size=p.size) < np.clip(1.6 * p, 0, 1)).astype(float)  # the model is under-confident
    plain = fit_calibrator(p, y, "platt")
    b_plain = float(plain.model.coef_[0][0])
    assert _platt_prior(_logit(p), y, 1e-6)[1] == pytest.approx(b_plain, abs=0.02)
    a, b = _platt_prior(_logit(p), y, 1e9)
    assert abs(a) < 1e-3 and abs(b - 1) < 1e-3
    mid = fit_calibrator(p, y)
    assert mid.method == "platt-prior"
    q = mid(p)
    # the map moves p up toward the observed rate, but less than the unpenalized fit
    assert np.mean(q) > np.mean(p) and np.mean(q) <= np.mean(plain(p)) + 1e-9


def test_horizon_smoothing_averages_only_fitted_neighbours() -> None:
    from didban.assess.forecast import Forecaster, feature_cube

    panel = _synthetic_panel(n_months=90, n_regions=12)
    tgt = Target.parse("fatalities>=5")
    cube = feature_cube(panel.to_numpy(dtype=float), tgt.k)
    fc = Forecaster(tgt, model="logit", shrink=0.0).fit(panel, [1, 2, 3, 4, 5], cube)
    x = cube[-1]
    per_h = {}
    fc.smooth_horizons = False
    for h in (1, 2, 3, 4, 5):
        per_h[h] = fc.predict_rows(x, h)[0]
    fc.smooth_horizons = True
    np.testing.assert_allclose(fc.predict_rows(x, 1)[0], per_h[1])
    np.testing.assert_allclose(fc.predict_rows(x, 2)[0], (per_h[1] + per_h[2] + per_h[3]) / 3)
    # wider at longer horizons (h - 1 each side), only over the fitted horizons up to SMOOTH_MAX (4)
    np.testing.assert_allclose(fc.predict_rows(x, 3)[0], sum(per_h[g] for g in (1, 2, 3, 4)) / 4)
    np.testing.assert_allclose(fc.predict_rows(x, 4)[0], sum(per_h[g] for g in (1, 2, 3, 4)) / 4)
    np.testing.assert_allclose(fc.predict_rows(x, 5)[0], sum(per_h[g] for g in (1, 2, 3, 4)) / 4)
    # fitted from a later horizon on (data ending before as-of): the shortest fitted horizon stands in
    late = Forecaster(tgt, model="logit", shrink=0.0).fit(panel, [6, 7], cube)
    assert late.smoothing_window(6) == [6] and late.smoothing_window(7) == [6]
    # shrinkage mixes in the last-12-months frequency of the same origin
    from didban.assess.forecast import last12_frequency

    fc.shrink = 0.25
    f12 = last12_frequency(panel.to_numpy(dtype=float), tgt.k)[-1]
    np.testing.assert_allclose(fc.predict_rows(x, 1)[0], np.clip(0.75 * per_h[1] + 0.25 * f12, 1e-4, 1 - 1e-4))


def test_ece_noise_floor_and_bootstrap_interval() -> None:
    rng = np.random.default_rng(5)
    p_small = rng.uniform(0, 1, 200)
    p_big = rng.uniform(0, 1, 20000)
    med_small, q95_small = cal.ece_null(p_small, n_sim=300)
    med_big, _ = cal.ece_null(p_big, n_sim=50)
    # a perfectly calibrated forecaster still shows an ECE well above zero on a few hundred forecasts
    assert med_small > 0.03 and q95_small > med_small
    assert med_big < med_small / 4
    # a forecaster biased by +0.2 is far outside the noise floor; its interval holds its point ECE
    y = (rng.uniform(size=200) < p_small).astype(float)
    biased = np.clip(p_small + 0.2, 0, 1)
    lo, hi = cal.ece_interval(biased, y, n_boot=300)
    assert lo <= cal.ece(biased, y) <= hi
    assert lo > q95_small
    # resampling whole groups: every draw keeps the groups intact, the interval still holds the point
    groups = np.repeat(np.arange(20), 10)
    glo, ghi = cal.ece_interval(biased, y, n_boot=300, groups=groups)
    assert glo <= cal.ece(biased, y) <= ghi


def test_brier_skill_interval_resamples_months() -> None:
    from didban.assess.backtest import bss_interval, summarize

    rng = np.random.default_rng(2)
    n_months, n_reg = 40, 30
    truth = rng.uniform(0, 1, (n_months, n_reg))
    hit = (rng.uniform(size=truth.shape) < truth).astype(int)
    ref = np.clip(truth + rng.normal(0, 0.3, truth.shape), 0, 1)
    df = pd.DataFrame({"month": np.repeat([f"m{i}" for i in range(n_months)], n_reg), "hit": hit.ravel(),
                       "p": truth.ravel(), "p_last12": ref.ravel()})
    lo, hi = bss_interval(df)
    point = cal.brier_skill(df["p"], df["p_last12"], df["hit"])
    assert 0 < lo <= point <= hi
    same = df.assign(p=df["p_last12"])
    assert bss_interval(same) == (pytest.approx(0.0), pytest.approx(0.0))
    # summarize adds the pooled row and the intervals
    full = df.assign(h=np.tile([1, 2], len(df) // 2), y=df["hit"] * 30.0, expected=5.0, p_clim=0.5,
                     p_persist=0.0, n_persist=0.0, n_last12=1.0)
    s = summarize(full, 25, n_boot=100)
    assert list(s["h"]) == [1, 2, "all"]
    assert (s["ece_lo"] <= s["ece"]).all() and (s["ece"] <= s["ece_hi"]).all()
    assert (s["bss_last12_lo"] <= s["bss_last12"]).all()


def test_boosted_probability_is_monotone_in_the_level_features() -> None:
    from didban.assess.forecast import FEATURES, Forecaster, feature_cube, monotone_constraints

    assert monotone_constraints(len(FEATURES) + 2)[-2:] == [0, 0]
    assert monotone_constraints(len(FEATURES))[FEATURES.index("since")] == -1
    panel = _synthetic_panel(n_months=120, n_regions=30, seed=4)
    tgt = Target.parse("fatalities>=10")
    cube = feature_cube(panel.to_numpy(dtype=float), tgt.k)
    fc = Forecaster(tgt, model="hgb", calibration="none").fit(panel, [2], cube)
    x = cube[-1].copy()
    for name, sign in (("l0", 1), ("f12", 1), ("since", -1)):
        j = FEATURES.index(name)
        grid = np.linspace(cube[..., j].min(), cube[..., j].max(), 9)
        ps = []
        for v in grid:
            xv = x.copy()
            xv[:, j] = v
            ps.append(fc.predict_rows(xv, 2, raw=True)[0])
        steps = np.diff(np.array(ps), axis=0) * sign
        assert (steps >= -1e-12).all(), name


def test_expected_count_mixes_the_last_12_log_mean() -> None:
    from didban.assess.forecast import Forecaster, feature_cube

    panel = _synthetic_panel(n_months=90, n_regions=12, seed=7)
    tgt = Target.parse("fatalities>=5")
    cube = feature_cube(panel.to_numpy(dtype=float), tgt.k)
    fc = Forecaster(tgt, model="logit").fit(panel, [1, 2], cube)
    log_mean12 = np.log1p(panel.iloc[-12:]).mean().to_numpy()
    fc.count_shrink = 1.0
    np.testing.assert_allclose(np.log1p(fc.predict_rows(cube[-1], 2)[1]), log_mean12)
    fc.count_shrink = 0.0
    model_only = np.log1p(fc.predict_rows(cube[-1], 2)[1])
    fc.count_shrink = 0.4
    np.testing.assert_allclose(np.log1p(fc.predict_rows(cube[-1], 2)[1]), 0.6 * model_only + 0.4 * log_mean12)


def test_bagged_ensemble_resamples_months_and_is_reproducible() -> None:
    from didban.assess.forecast import Forecaster, feature_cube

    panel = _synthetic_panel(n_months=110, n_regions=60, seed=3)
    tgt = Target.parse("fatalities>=5")
    cube = feature_cube(panel.to_numpy(dtype=float), tgt.k)
    fits = [Forecaster(tgt, bag=2).fit(panel, [1, 5], cube) for _ in range(2)]
    assert fits[0].kind == "ens"
    boosts = fits[0].models[1].clf.members[0].members  # the bagged boosting member of horizon 1
    assert len(boosts) == 2
    x = cube[-1]
    # two bootstrap resamples give two different boosted models
    assert not np.allclose(boosts[0].predict_proba(x)[:, 1], boosts[1].predict_proba(x)[:, 1])
    # the same seed gives the same forecast
    np.testing.assert_allclose(fits[0].predict_rows(x, 1)[0], fits[1].predict_rows(x, 1)[0])
    # past SMOOTH_MAX (4) the classifier only serves the raw diagnostics: not bagged
    assert not hasattr(fits[0].models[5].clf.members[0], "members")
    p = fits[0].predict_rows(x, 5)[0]
    assert np.all((p > 0) & (p < 1))


def test_backtest_cli_writes_its_scores_and_refuses_origins_without_data(tmp_path: Path) -> None:
    panel = _synthetic_panel(n_months=48, n_regions=6)
    path = tmp_path / "h.csv"
    _write_wide(panel, path)
    out = tmp_path / "bt"
    res = CliRunner().invoke(app, ["backtest", "--history", str(path), "--target", "fatalities>=5", "--horizon", "2",
                                   "--start", "2012-06", "--end", "2013-06", "--out", str(out)])
    assert res.exit_code == 0, res.output
    metrics = pd.read_csv(out / "metrics.csv")
    assert set(metrics["h"].astype(str)) == {"1", "2", "all"} and metrics["brier"].between(0, 1).all()
    preds = pd.read_csv(out / "predictions_fatalities_ge_5.csv")
    assert preds["origin"].min() == "2012-06" and preds["origin"].max() == "2013-06"
    assert (out / "reliability_fatalities_ge_5_h1.svg").exists()
    # origins after the data (or an empty range) are a clear error, not a traceback
    for start, end in (("2016-01", None), ("2013-06", "2012-06")):
        args = ["backtest", "--history", str(path), "--start", start, "--out", str(out)] + (["--end", end] if end else [])
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 2, res.output
        assert "no origin in" in res.stderr and "the data run 2010-01..2013-12" in res.stderr


def test_spikes_cli_finds_the_region_meant_and_names_bad_options(tmp_path: Path) -> None:
    panel = _synthetic_panel(n_months=40, n_regions=4)
    panel.columns = ["Guinea", "Equatorial Guinea", "Aleppo Governorate", "Syria"]
    panel.iloc[-1, 3] = panel.iloc[:, 3].max() * 20 + 200  # a spike in Syria's last month
    path = tmp_path / "h.csv"
    _write_wide(panel, path)

    def run(*args: str):  # noqa: ANN202
        return CliRunner().invoke(app, ["spikes", "--history", str(path), *args])

    res = run("--region", "syria")  # any case
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[-1].startswith("2013-04,") and res.stdout.splitlines()[-1].endswith(",1")
    assert run("--region", "Aleppo", "--all").stdout.count("\n") == 41  # the governorate by its first word
    assert run("--region", "Guinea", "--all").exit_code == 0  # exact, though two regions hold the word
    res = run("--region", "guinea eq")
    assert res.exit_code == 2 and "no region 'guinea eq'" in res.stderr
    res = run("--region", "Syra")
    assert res.exit_code == 2 and "did you mean Syria" in res.stderr
    res = run("--region", "o")
    assert res.exit_code == 2 and "ambiguous" in res.stderr
    for bad, why in ((["--false-alarm-rate", "0"], "between 0 and 0.5"), (["--false-alarm-rate", "0.5"], "and 0.5"),
                     (["--window", "0"], "at least 2 periods"),
                     (["--method", "cusum"], "unknown method"), (["--kind", "deaths"], "unknown kind")):
        res = run("--region", "Syria", *bad)
        assert res.exit_code == 2 and why in res.stderr, (bad, res.output)


def test_unknown_options_are_refused_before_any_work(tmp_path: Path) -> None:
    """A format, model, calibration or --by the commands do not know is named, not silently replaced."""
    path = tmp_path / "h.csv"
    _write_wide(_synthetic_panel(n_months=30, n_regions=3), path)
    base = ["--history", str(path)]
    for args, why in ((["forecast", "--as-of", "2011-06", "--format", "xml"], "unknown --format 'xml'"),
                      (["forecast", "--as-of", "2011-06", "--model", "gbm"], "unknown model 'gbm'"),
                      (["forecast", "--as-of", "2011-06", "--by", "province"], "unknown --by 'province'"),
                      (["backtest", "--calibration", "beta", "--out", str(tmp_path / "bt")], "unknown calibration 'beta'")):
        res = CliRunner().invoke(app, [*args, *base])
        assert res.exit_code == 2 and why in res.stderr, (args, res.output)
    assert not (tmp_path / "bt").exists()
    with pytest.raises(ValueError, match="unknown calibration"):
        from didban.assess.forecast import Forecaster

        Forecaster(Target.parse("fatalities>=5"), calibration="sigmoid")


def test_quiet_last_months_of_an_event_file_are_zeros_up_to_as_of(tmp_path: Path) -> None:
    """An event file has no row for a month without events: when it goes on after as-of, the quiet months before
    as-of are zeros and the forecast starts at as-of (it used to restart from the last month with an event, as
    if the file ended there). Headers are read whatever their case and blanks; an event file without
    «date_start» is refused, not read as a wide file."""
    path = tmp_path / "ged.csv"
    rows = [f"{i},Syria,A,2016-{m:02d}-05,3" for i, m in enumerate(range(1, 7))]  # events Jan..Jun
    rows += ["90,Syria,A,2016-11-02,5"]  # nothing Jul..Oct, the file goes on in November
    path.write_text(" ID , Country ,ADM_1, DATE_START ,Best\n" + "\n".join(rows) + "\n")
    panel = load_history(path, as_of="2016-09", kind="events", by="adm1")
    assert panel.index[-1] == parse_month("2016-09") and panel["A"].tolist() == [1.0] * 6 + [0.0] * 3
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2016-09", "--horizon", "1",
                                   "--target", "events>=1", "--by", "adm1"])
    assert res.exit_code == 0, res.output
    assert "data end" not in res.output and res.stdout.strip().splitlines()[1].startswith("A,2016-10,")
    ended = tmp_path / "ended.csv"  # a file that ends in June: the data end, said so
    ended.write_text("id,country,adm_1,date_start,best\n" + "\n".join(rows[:-1]) + "\n")
    assert load_history(ended, as_of="2016-09", kind="events", by="adm1").index[-1] == parse_month("2016-06")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,country,adm_1,date_end,best\n1,Syria,A,2016-01-05,3\n")
    with pytest.raises(ValueError, match="date_start"):
        load_history(bad, kind="events", by="adm1")
    wide = tmp_path / "wide.csv"
    wide.write_text(" month , Syria , Iraq ,Unnamed: 3\n2016-01-31,1,2,0\n")
    assert list(load_history(wide).columns) == ["Iraq", "Syria"]


def test_wide_file_oddities_are_named_not_silently_summed(tmp_path: Path) -> None:
    """A repeated month row or column is added up, a short row's missing cells and a negative count read as 0:
    each is named in the problems, as a cell that is not a number is."""
    wide = tmp_path / "wide.csv"
    wide.write_text("month,Syria,Iraq,Syria\n2016-01-31,1,2,3\n2016-02-29,4,-5,6\n2016-02-29,1,1,1\n2016-03-31,7\n")
    problems = Problems(keep=10)
    panel = load_history(wide, problems=problems)
    text = str(problems)
    assert problems.count == 4, text
    assert "column 'Syria' repeated" in text and "row 3: month 2016-02 repeated" in text
    assert "row 2 column 'Iraq': '-5' is negative" in text and "row 4: 2 fields for 4 columns" in text
    assert panel["Syria"].tolist() == [4.0, 12.0, 7.0] and panel["Iraq"].tolist() == [2.0, 1.0, 0.0]


def test_a_wide_file_without_a_readable_month_is_refused(tmp_path: Path) -> None:
    """MM/DD/YYYY month cells read as nothing: an error (exit 2) naming the first one, not p = 0.5 everywhere;
    a file whose rows all come after as-of still forecasts, with its warning."""
    us = tmp_path / "us.csv"
    us.write_text("date,Syria,Iraq\n01/31/2016,3,4\n02/29/2016,5,6\n")
    res = CliRunner().invoke(app, ["forecast", "--history", str(us), "--as-of", "2016-02", "--horizon", "1"])
    assert res.exit_code == 2 and "no row has a month in its first column (the first: '01/31/2016'" in res.output
    later = tmp_path / "later.csv"
    later.write_text("date,Syria,Iraq\nnot a month,1,1\n2016-01-31,3,4\n")
    res = CliRunner().invoke(app, ["forecast", "--history", str(later), "--as-of", "2015-06", "--horizon", "1"])
    assert res.exit_code == 0 and "every p is 0.5" in res.output and len(res.stdout.strip().splitlines()) == 3
    ged = tmp_path / "ged.csv"  # an event file before its first event: no region is known, and it says so
    ged.write_text("id,country,adm_1,date_start,best\n1,Syria,A,2016-01-05,3\n")
    res = CliRunner().invoke(app, ["forecast", "--history", str(ged), "--as-of", "2015-06", "--horizon", "1",
                                   "--by", "adm1"])
    assert res.exit_code == 0 and "no region to forecast, no row printed" in res.output
    assert res.stdout.strip().splitlines() == ["region,month,p,expected"]


def test_a_panel_of_many_regions_is_fitted_on_its_latest_months(monkeypatch: pytest.MonkeyPatch) -> None:
    """At most MAX_TRAIN_ROWS (region, month) rows per horizon, the latest months first: a global event file by
    adm1 (hundreds of regions over decades) stays within the time a forecast may take; Hist.csv (408 x 133) is
    below the bound and fitted on all its months."""
    from didban.assess import forecast as fc_mod

    panel = _synthetic_panel(n_months=120, n_regions=24)
    tgt = Target.parse("fatalities>=5")
    full = fc_mod.Forecaster(tgt).fit(panel, [1, 2])
    assert full.models[1].n_train == (120 - 1 - 11) * 24  # every labelled month from the 12th on
    assert fc_mod.MAX_TRAIN_ROWS >= 408 * 133  # Hist.csv: all its months
    monkeypatch.setattr(fc_mod, "MAX_TRAIN_ROWS", 24 * 30)
    capped = fc_mod.Forecaster(tgt).fit(panel, [1, 2])
    assert capped.models[1].n_train == capped.models[2].n_train == 24 * 30


def test_assess_commands_refuse_what_they_cannot_mean(tmp_path: Path) -> None:
    """Malformed months, an --out that is a file, K of 0, a bad second target, --by adm1 on a wide file, a refit
    interval of 0 and a missing --pace folder are one-line errors before any work (they were tracebacks, or ran
    and wrote files first, or silently changed the result)."""
    path = tmp_path / "h.csv"
    _write_wide(_synthetic_panel(n_months=40, n_regions=4), path)
    a_file = tmp_path / "taken.txt"
    a_file.write_text("x")
    out = tmp_path / "never"

    def run(*args: str):  # noqa: ANN202
        return CliRunner().invoke(app, ["backtest", "--history", str(path), "--horizon", "2", "--out", str(out), *args])

    for args, why in ((["--start", "2012-13"], "--start/--end: not a month"),
                      (["--end", "2012"], "--start/--end"),
                      (["--target", "fatalities>=0"], "K must be above 0"),
                      (["--target", "fatalities>=5", "--target", "bogus"], "not 'bogus'"),
                      (["--target", "fatalities>=."], "must look like"),
                      (["--by", "adm1"], "applies to event files"),
                      (["--refit-every", "0"], "--refit-every"),
                      (["--pace", str(tmp_path / "nope")], "no such folder")):
        res = run(*args)
        assert res.exit_code == 2 and why in res.output, (args, res.output)
        assert not out.exists(), args  # nothing written by a refused run
    res = CliRunner().invoke(app, ["backtest", "--history", str(path), "--out", str(a_file)])
    assert res.exit_code == 2 and "is a file" in res.stderr
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2012-06", "--horizon", "1",
                                   "--by", "adm1"])
    assert res.exit_code == 2 and "applies to event files" in res.stderr
    res = CliRunner().invoke(app, ["forecast", "--history", str(path), "--as-of", "2012-06", "--horizon", "1",
                                   "--target", "events>=5"])
    assert res.exit_code == 0 and "is a wide file: its values are read as the event counts" in res.stderr


def test_backtest_start_before_the_data_and_a_reference_that_is_never_wrong(tmp_path: Path) -> None:
    """An explicit --start before the data moves to a year into it (a model fitted on a month forecast every
    origin); a skill with no reference error is null in metrics.json (was NaN, which is no JSON) and its
    interval is not an absurd number."""
    import json

    panel = _synthetic_panel(n_months=40, n_regions=4)
    panel.loc[:, :] = 0.0
    path = tmp_path / "quiet.csv"
    _write_wide(panel, path)
    out = tmp_path / "bt"
    res = CliRunner().invoke(app, ["backtest", "--history", str(path), "--horizon", "1", "--start", "1990-01",
                                   "--end", "2011-02", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "the first origin is 2011-01" in res.stderr and "never wrong" in res.stderr
    preds = pd.read_csv(out / "predictions_fatalities_ge_25.csv")
    assert preds["origin"].min() == "2011-01"
    rows = json.loads((out / "metrics.json").read_text())  # strict JSON
    assert all(r["bss_clim"] is None and r["bss_last12_lo"] is None for r in rows)


def test_a_wide_file_with_missing_months_says_so(tmp_path: Path) -> None:
    panel = _synthetic_panel(n_months=40, n_regions=3)
    path = tmp_path / "gap.csv"
    _write_wide(panel.drop(index=panel.index[10:22]), path)
    problems = Problems()
    loaded = load_history(path, problems=problems)
    assert len(loaded) == 40 and (loaded.iloc[10:22] == 0).all().all()
    assert "12 months between the first and the last have no row (2010-11..2011-10)" in str(problems)


def test_read_only_commands_refuse_a_store_that_is_not_there(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    for cmd in (["heat"], ["stats"], ["search", "x"], ["quarantine"]):
        res = CliRunner().invoke(app, [*cmd, "--db", str(missing)])
        assert res.exit_code == 2 and "no store at" in res.stderr, (cmd, res.output)
    assert not missing.exists()
    bad = tmp_path / "notadb.db"
    bad.write_text("region,count\nfars,1\n" * 50)
    res = CliRunner().invoke(app, ["heat", "--db", str(bad)])
    assert res.exit_code == 2 and "cannot open the store" in res.stderr


def test_a_semicolon_or_tab_separated_wide_file_reads_as_a_comma_separated_one(tmp_path: Path) -> None:
    panel = _synthetic_panel(n_months=14, n_regions=3)
    path = tmp_path / "h.csv"
    _write_wide(panel, path)
    for sep in (";", "\t"):
        other = tmp_path / "h2.csv"
        other.write_text(path.read_text().replace(",", sep))
        assert load_history(other).equals(load_history(path)), sep
