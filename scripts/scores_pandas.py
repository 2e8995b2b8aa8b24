#!/usr/bin/env python3
"""The baseline for `rijp scores` at national scale: the same answers scored with pandas from
one long-format CSV (the file `rijp import` takes), by the same rules as rijp's scoring:

- an answer maps to 0-100 over the answer scale, reverse-worded items flipped;
- a respondent's scale score is the mean of the scale's answered items, when at least half
  of them were answered ("don't know" and "not applicable" are never scored);
- a respondent's pillar score is the mean of the sufficient scale scores, when at least half
  of the pillar's scales have one;
- an organisation's scale and pillar statistics are the mean, n, sample sd, min and max over
  its respondents, and its quadrant follows from the two ambition scales against the cut-off.

Prints the organisations' scores of the latest round as JSON, like `rijp scores --format json`.

    scripts/scores_pandas.py ANSWERS.csv [QUESTIONNAIRE.yaml]

Needs pandas and PyYAML (`pip install pandas pyyaml`).
"""

import json
import sys
from pathlib import Path

import pandas as pd
import yaml


def load_questionnaire(path):
    with open(path, encoding="utf-8") as file:
        questionnaire = yaml.safe_load(file)
    rows = []
    pillars = {}
    for pillar in questionnaire["pillars"]:
        pillars[pillar["id"]] = [scale["id"] for scale in pillar["scales"]]
        for scale in pillar["scales"]:
            for item in scale["items"]:
                rows.append(
                    (item["id"], scale["id"], pillar["id"], bool(item.get("reverse", False)))
                )
    items = pd.DataFrame(rows, columns=["item", "scale", "pillar", "reverse"])
    answer_scale = questionnaire["answer_scale"]
    cutoff = questionnaire.get("cutoff", {}).get("midpoint", 50)
    return items, pillars, answer_scale["min"], answer_scale["max"], cutoff


def describe(frame, keys, column):
    stats = frame.groupby(keys)[column].agg(["mean", "count", "std", "min", "max"])
    return stats.rename(columns={"count": "n", "std": "sd"})


def main():
    csv = sys.argv[1]
    default = Path(__file__).resolve().parent.parent / "questionnaires" / "digitale-volwassenheid.yaml"
    items, pillars, low, high, cutoff = load_questionnaire(sys.argv[2] if len(sys.argv) > 2 else default)

    answers = pd.read_csv(
        csv,
        usecols=["organisation", "respondent", "round", "item", "answer"],
        dtype={"organisation": "category", "respondent": "category", "round": "category",
               "item": "category", "answer": "string"},
    )
    latest = sorted(answers["round"].cat.categories)[-1]
    answers = answers[answers["round"] == latest]
    answers = answers.merge(items, on="item", how="inner")
    value = pd.to_numeric(answers["answer"], errors="coerce")
    answered = value.notna()
    points = (value.clip(low, high) - low) / (high - low) * 100.0
    answers["points"] = points.where(~answers["reverse"], 100.0 - points)
    answers["answered"] = answered

    keys = ["organisation", "respondent"]
    per_scale = answers.groupby(keys + ["pillar", "scale"], observed=True).agg(
        points=("points", "mean"), answered=("answered", "sum")
    ).reset_index()
    size = items.groupby("scale").size().rename("items")
    per_scale = per_scale.join(size, on="scale")
    per_scale.loc[per_scale["answered"] * 2 < per_scale["items"], "points"] = float("nan")

    per_pillar = per_scale.groupby(keys + ["pillar"], observed=True).agg(
        points=("points", "mean"), sufficient=("points", "count")
    ).reset_index()
    scales_per_pillar = pd.Series({pillar: len(scales) for pillar, scales in pillars.items()})
    needed = per_pillar["pillar"].map(scales_per_pillar)
    per_pillar.loc[per_pillar["sufficient"] * 2 < needed, "points"] = float("nan")

    scale_stats = describe(per_scale, ["organisation", "scale"], "points")
    pillar_stats = describe(per_pillar, ["organisation", "pillar"], "points")
    respondents = per_scale.groupby("organisation", observed=True)["respondent"].nunique()

    result = []
    for organisation, count in respondents.items():
        scales = scale_stats.loc[organisation].round(1)
        pillars_of = pillar_stats.loc[organisation].round(1)
        efficiency = scales["mean"].get("operational_efficiency")
        experience = scales["mean"].get("customer_experience")
        quadrant = None
        if pd.notna(efficiency) and pd.notna(experience):
            quadrant = {
                (False, False): "traditional",
                (True, False): "industrialised",
                (False, True): "integrated_experience",
                (True, True): "future_ready",
            }[(efficiency >= cutoff, experience >= cutoff)]
        result.append({
            "organisation": organisation,
            "respondents": int(count),
            "quadrant": quadrant,
            "scales": json.loads(scales.to_json(orient="index")),
            "pillars": json.loads(pillars_of.to_json(orient="index")),
        })
    json.dump({"round": latest, "organisations": result}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
