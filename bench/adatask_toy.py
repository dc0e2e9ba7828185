"""A toy multilingual task with one shared vocabulary, for choosing AdaTask's defaults.

K pairs translate into K target languages; every language has its own C output classes inside
one shared output softmax over the whole vocabulary (source tokens, every language's classes,
language tags), and the embeddings are tied (fairseq's ``--share-all-embeddings``). A source
is a bag of L source tokens; the target class of pair k is drawn from a teacher
softmax(A_k · tanh(B · x)) over language k's classes, with B shared and A_k = A + noise (related
languages). Training draws one pair per update with probability ∝ n_k^(1/T) (T=5) and a batch
of that pair's fixed training set (sizes skewed, e.g. 20000/6000/2000/800), as
``--homogeneous-batches`` does; the metric is each pair's dev cross-entropy in bits and the dev
probability it puts on tokens outside its own language.
"""
import math
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Sequence

import torch
from torch import nn


@dataclass
class ToyConfig:
    sizes: Sequence[int] = (20000, 6000, 2000, 800)
    dev: int = 500
    source_vocab: int = 100
    classes: int = 32  # per target language
    bag: int = 6
    dim: int = 32
    hidden: int = 64
    teacher_dim: int = 16
    teacher_scale: float = 6.0
    relatedness_noise: float = 0.5
    temperature: float = 5.0
    batch: int = 32
    updates: int = 3000
    warmup: int = 100
    seed: int = 0


class _Embedder(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed_tokens = embed


class _Decoder(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed_tokens = embed
        self.output_projection = nn.Linear(embed.weight.shape[1], embed.weight.shape[0], bias=False)
        self.output_projection.weight = embed.weight  # tied, as with --share-all-embeddings


class ToyModel(nn.Module):
    """Bag-of-tokens encoder, a two-layer body, tied output softmax; the vocabulary parameters sit
    where fairseq's transformer has them (``encoder.embed_tokens``, ``decoder.embed_tokens``,
    ``decoder.output_projection``)."""

    def __init__(self, vocab: int, dim: int, hidden: int):
        super().__init__()
        embed = nn.Embedding(vocab, dim)
        nn.init.normal_(embed.weight, std=dim ** -0.5)
        self.encoder = _Embedder(embed)
        self.body = nn.Sequential(nn.Linear(dim, hidden), nn.Tanh(), nn.Linear(hidden, dim))
        self.decoder = _Decoder(embed)

    def forward(self, src: torch.Tensor, tag: torch.Tensor) -> torch.Tensor:
        h = self.encoder.embed_tokens(src).mean(1) + self.decoder.embed_tokens(tag)
        return self.decoder.output_projection(h + self.body(h))


class ToyData:
    """Training and dev sets of every pair: (source bags, target-language tag, target class)."""

    def __init__(self, cfg: ToyConfig):
        self.cfg = cfg
        k = len(cfg.sizes)
        g = torch.Generator().manual_seed(1000 + cfg.seed)
        self.class_offset = cfg.source_vocab
        self.tag_offset = cfg.source_vocab + k * cfg.classes
        self.vocab = self.tag_offset + k
        token_feats = torch.randn(cfg.source_vocab, cfg.teacher_dim, generator=g)
        b = torch.randn(cfg.teacher_dim, cfg.teacher_dim, generator=g) / math.sqrt(cfg.teacher_dim)
        a = torch.randn(cfg.classes, cfg.teacher_dim, generator=g)
        self.train, self.dev = [], []
        for pair, n in enumerate(cfg.sizes):
            a_k = (a + cfg.relatedness_noise * torch.randn(cfg.classes, cfg.teacher_dim, generator=g))
            a_k = a_k * cfg.teacher_scale / math.sqrt(cfg.teacher_dim)

            def draw(count):
                src = torch.randint(0, cfg.source_vocab, (count, cfg.bag), generator=g)
                logits = torch.tanh(token_feats[src].mean(1) @ b.t() * 2) @ a_k.t()
                cls = torch.multinomial(torch.softmax(logits, 1), 1, generator=g).squeeze(1)
                return src, self.class_offset + pair * cfg.classes + cls

            self.train.append(draw(n))
            self.dev.append(draw(cfg.dev))

    def tag(self, pair: int, count: int) -> torch.Tensor:
        return torch.full((count,), self.tag_offset + pair, dtype=torch.long)

    def own(self, pair: int) -> slice:
        start = self.class_offset + pair * self.cfg.classes
        return slice(start, start + self.cfg.classes)


def sampling_probs(sizes: Sequence[int], temperature: float) -> torch.Tensor:
    """Temperature sampling (Arivazhagan et al. 2019): p_k ∝ n_k^(1/T)."""
    w = torch.tensor([float(n) for n in sizes]) ** (1.0 / temperature)
    return w / w.sum()


@torch.no_grad()
def evaluate(model: ToyModel, data: ToyData) -> Dict[str, List[float]]:
    """Per pair: dev cross-entropy in bits, and dev probability on tokens outside its language."""
    bits, other = [], []
    for pair, (src, tgt) in enumerate(data.dev):
        logp = torch.log_softmax(model(src, data.tag(pair, len(tgt))), 1)
        bits.append(float(-logp.gather(1, tgt[:, None]).mean()) / math.log(2))
        other.append(float(1 - logp[:, data.own(pair)].exp().sum(1).mean()))
    return {"bits": bits, "other": other}


def train(make_optimizer: Callable, cfg: ToyConfig, lr: float, data: ToyData = None) -> Dict:
    """Train the toy with ``make_optimizer(model, lr)`` → (optimizer, step(pair)); returns the final
    dev metrics, the mean bits, whether every loss stayed finite, and the seconds spent. The lr
    follows fairseq's inverse_sqrt schedule (linear warm-up, then ∝ 1/sqrt(update))."""
    data = data or ToyData(cfg)
    torch.manual_seed(cfg.seed)
    model = ToyModel(data.vocab, cfg.dim, cfg.hidden)
    optimizer, step = make_optimizer(model, lr)
    probs = sampling_probs(cfg.sizes, cfg.temperature)
    g = torch.Generator().manual_seed(cfg.seed)
    finite = True
    start = time.perf_counter()
    for update in range(1, cfg.updates + 1):
        scale = min(update / cfg.warmup, math.sqrt(cfg.warmup / update))
        for group in optimizer.param_groups:
            group["lr"] = lr * scale
        pair = int(torch.multinomial(probs, 1, generator=g))
        src, tgt = data.train[pair]
        idx = torch.randint(0, len(tgt), (cfg.batch,), generator=g)
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(src[idx], data.tag(pair, cfg.batch)), tgt[idx])
        if not torch.isfinite(loss):
            finite = False
            break
        loss.backward()
        step(pair)
    seconds = time.perf_counter() - start
    metrics = evaluate(model, data)
    mean = sum(metrics["bits"]) / len(metrics["bits"])
    return {**metrics, "mean_bits": mean if finite and math.isfinite(mean) else float("nan"), "finite": finite,
            "seconds": seconds}
