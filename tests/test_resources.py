"""Data files: word lists stay words (YAML 1.1 would read `no`, `on`, `off` as booleans), only true/false are
booleans, and libyaml's parser gives the same data as the pure-Python one."""
import yaml

from sitrep.resources import _DataLoader, load_yaml


def test_only_true_and_false_are_booleans():
    data = yaml.load("words: [no, on, off, yes, y, n, true, false, False]\nflag: true", Loader=_DataLoader)
    assert data == {"words": ["no", "on", "off", "yes", "y", "n", True, False, False], "flag": True}


def test_fast_parser_reads_a_data_file_like_the_python_parser():
    class Slow(yaml.SafeLoader):
        yaml_implicit_resolvers = _DataLoader.yaml_implicit_resolvers

    text = (load_yaml.__wrapped__.__globals__["resources"].files("sitrep") / "data" / "events" / "triggers.yaml"
            ).read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_DataLoader) == yaml.load(text, Loader=Slow) == load_yaml("events/triggers.yaml")
