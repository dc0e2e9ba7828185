"""--tensorboard-logdir works out of the box: a toy run writes event files with the per-pair
scalars (the values of the JSON log), no "install tensorboardX" notice; per-pair tags can be
grouped per pair."""
import glob
import os
import struct

from conftest import json_logs, run_cli, toy_train_args


def tag(stat, pair):
    """The TensorBoard tag of a per-pair scalar as the task writes it."""
    return f"pair/{pair}/{stat}"


def read_scalars(folder):
    """{tag: {step: value}} from the TensorBoard event files in ``folder`` (TFRecord framing:
    uint64 length, uint32 crc, payload, uint32 crc; payload an ``Event`` protobuf)."""
    from tensorboardX.proto import event_pb2

    out = {}
    for path in glob.glob(os.path.join(folder, "events.out.tfevents.*")):
        with open(path, "rb") as f:
            data = f.read()
        pos = 0
        while pos < len(data):
            (length,) = struct.unpack("<Q", data[pos:pos + 8])
            event = event_pb2.Event()
            event.ParseFromString(data[pos + 12:pos + 12 + length])
            pos += 12 + length + 4
            for value in event.summary.value:
                if value.HasField("simple_value"):
                    out.setdefault(value.tag, {})[event.step] = value.simple_value
    return out


def test_toy_run_writes_per_pair_scalars(toy_bin, tmp_path):
    logdir = str(tmp_path / "tb")
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path / "ckpt"), 4, "--sampling-method", "temperature",
                                  "--sampling-temperature", "2", "--criterion", "mtl_label_smoothed_cross_entropy",
                                  "--log-interval", "1", "--no-save", "--tensorboard-logdir", logdir))
    output = proc.stdout + proc.stderr
    assert "install tensorboardX" not in output and "tensorboard not found" not in output
    train = read_scalars(os.path.join(logdir, "train_inner"))
    valid = read_scalars(os.path.join(logdir, "valid"))
    logged = json_logs(output, "train_inner")
    assert [r["num_updates"] for r in logged] == [1, 2, 3, 4]
    for pair in ("en-xx", "en-yy"):
        for stat in ("prob", "samples", "loss"):
            key = f"{stat}_{pair}"
            expected = {int(r["num_updates"]): round(r[key], 3) for r in logged if r.get(key) is not None}
            assert expected and {step: round(v, 3) for step, v in train[tag(stat, pair)].items()} == expected
    last_valid = json_logs(output, "valid")[-1]
    for pair in ("en-xx", "en-yy"):
        assert abs(valid[tag("loss", pair)][4] - last_valid[f"valid_loss_{pair}"]) < 1e-3
        assert abs(valid[tag("nll_loss", pair)][4] - last_valid[f"valid_nll_loss_{pair}"]) < 1e-3


def test_group_pair_scalars(tmp_path, monkeypatch):
    from fairseq.logging import progress_bar

    from mtl_nmt.tensorboard_pairs import group_pair_scalars, pair_tag

    pairs = {"en-xx", "xx-de", "en_XX-de_DE"}
    assert pair_tag("loss_en-xx", pairs) == "pair/en-xx/loss"
    assert pair_tag("nll_loss_en_XX-de_DE", pairs) == "pair/en_XX-de_DE/nll_loss"
    assert pair_tag("lr_scale_xx-de", pairs) == "pair/xx-de/lr_scale"
    assert pair_tag("loss", pairs) == "loss" and pair_tag("loss_en-zz", pairs) == "loss_en-zz"
    assert pair_tag("_en-xx", pairs) == "_en-xx"

    wrapper = progress_bar.TensorboardProgressBarWrapper
    monkeypatch.setattr(wrapper, "_log_to_tensorboard", wrapper._log_to_tensorboard)
    group_pair_scalars(["en-xx", "en-yy"])
    group_pair_scalars(["en-xx", "en-yy"])

    class Quiet:
        def log(self, stats, tag=None, step=None):
            pass

    bar = wrapper(Quiet(), str(tmp_path))
    bar.log({"loss_en-xx": 1.5, "prob_en-yy": 0.25, "loss": 2.0, "num_updates": 3}, tag="grouping_test")
    progress_bar._tensorboard_writers.pop("grouping_test").close()
    scalars = read_scalars(os.path.join(str(tmp_path), "grouping_test"))
    assert scalars == {"pair/en-xx/loss": {3: 1.5}, "pair/en-yy/prob": {3: 0.25}, "loss": {3: 2.0}}
