# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""ALFEE in plain PyTorch: the architecture of model/ (C++), parameter for parameter, so that
weights exported by `alfee export weights` load with load_state_dict(strict=True)."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from .config import full_decoder_limit


def rope(x, pos, base=10000.0):
    d = x.shape[-1]
    half = d // 2
    inv = torch.pow(base, -torch.arange(half, dtype=torch.float32) * 2.0 / d)
    ang = (pos.float().unsqueeze(-1) * inv).unsqueeze(-2)
    cos = torch.cat([ang.cos(), ang.cos()], -1)
    sin = torch.cat([ang.sin(), ang.sin()], -1)
    x1, x2 = x[..., :half], x[..., half:]
    return x * cos + torch.cat([-x2, x1], -1) * sin


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class GatedFeedForward(nn.Module):
    def __init__(self, dim, hidden, eps):
        super().__init__()
        self.norm = RMSNorm(dim, eps)
        self.w_in_gate, self.w_out = nn.Linear(dim, 2 * hidden), nn.Linear(hidden, dim)

    def forward(self, x):
        a, g = F.silu(self.w_in_gate(self.norm(x))).chunk(2, -1)
        return x + self.w_out(a * g)


class Attention(nn.Module):
    def __init__(self, dim, heads, rope_base):
        super().__init__()
        self.h, self.dh, self.dim, self.rope_base = heads, dim // heads, dim, rope_base
        self.qkv, self.o = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim)  # fused, as nn.MultiheadAttention

    def split(self, x):
        return x.view(x.shape[0], x.shape[1], self.h, self.dh)

    def forward(self, query, kv, qpos, kpos, qadd=None, kadd=None, allowed=None):
        if kv is query:
            q, k, v = self.qkv(query).chunk(3, -1)
        else:
            w, b, d = self.qkv.weight, self.qkv.bias, self.dim
            q = F.linear(query, w[:d], b[:d])
            k, v = F.linear(kv, w[d:], b[d:]).chunk(2, -1)
        q = rope(self.split(q.contiguous()), qpos, self.rope_base)
        k = rope(self.split(k.contiguous()), kpos, self.rope_base)
        v = self.split(v.contiguous())
        if qadd is not None:
            q = q + qadd.unsqueeze(2)
        if kadd is not None:
            k = k + kadd.unsqueeze(2)
        scores = torch.matmul(q.transpose(1, 2), k.permute(0, 2, 3, 1)) / math.sqrt(self.dh)
        if allowed is not None:
            scores = scores.masked_fill(~allowed.unsqueeze(1), float("-inf"))
        probs = torch.softmax(scores, -1)
        out = torch.matmul(probs, v.transpose(1, 2))
        return self.o(out.transpose(1, 2).reshape(out.shape[0], out.shape[2], self.h * self.dh))


class AttentionBlock(nn.Module):
    def __init__(self, c, cross):
        super().__init__()
        self.cross = cross
        self.norm = RMSNorm(c["dim"], c["norm_eps"])
        if cross and c["cross_key_norm"]:
            self.key_norm = RMSNorm(c["dim"], c["norm_eps"])
        self.attention = Attention(c["dim"], c["heads"], c["rope_base"])
        self.ffn = GatedFeedForward(c["dim"], c["ffn_hidden"], c["norm_eps"])

    def forward(self, query, kv, qpos, kpos, qadd=None, kadd=None, allowed=None):
        q = self.norm(query)
        if not self.cross:
            kv = q
        elif hasattr(self, "key_norm"):
            kv = self.key_norm(kv)
        return self.ffn(query + self.attention(q, kv, qpos, kpos, qadd, kadd, allowed))


class ConvStack(nn.Module):
    def __init__(self, kernel, stride, layers, maps, pooled):
        super().__init__()
        self.convs = nn.ModuleList(nn.Conv1d(1 if l == 0 else maps, maps, kernel, stride if l == 0 else 1,
                                             kernel // 2) for l in range(layers))
        self.norms = nn.ModuleList(nn.LayerNorm(maps) for _ in range(layers))
        self.pooled = pooled

    def forward(self, x):
        for conv, norm in zip(self.convs, self.norms):
            x = F.gelu(conv(x))
            # LayerNorm over the feature maps along the channel axis, as model/patch_embedding.cpp
            # (through a transpose, oneDNN's conv backward gets wrong weight gradients).
            centred = x - x.mean(1, keepdim=True)
            x = centred * torch.rsqrt(centred.square().mean(1, keepdim=True) + norm.eps)
            x = x * norm.weight.view(1, -1, 1) + norm.bias.view(1, -1, 1)
        return F.adaptive_avg_pool1d(x, self.pooled).flatten(1)


class PatchEmbedding(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.stacks = nn.ModuleList(ConvStack(k, s, c["conv_layers"], c["conv_maps"], c["conv_pooled"])
                                    for k, s in zip(c["conv_kernels"], c["conv_strides"]))
        features = len(c["conv_kernels"]) * c["conv_maps"] * c["conv_pooled"]
        dt, df = c["dim"] - c["freq_dim"], c["freq_dim"]
        self.time_project = nn.Linear(features, dt)
        self.time_norm, self.time_out_norm = nn.LayerNorm(dt), nn.LayerNorm(dt)
        self.time_out = nn.Linear(dt, dt)
        self.freq_norm = nn.LayerNorm(c["psd_bins"])
        self.freq_out = nn.Linear(c["psd_bins"], df)

    def forward(self, patches, log_psd):
        lead = patches.shape[:-1]
        flat = patches.reshape(-1, 1, patches.shape[-1])
        time_ = self.time_norm(F.gelu(self.time_project(torch.cat([s(flat) for s in self.stacks], 1))))
        time_ = self.time_out(self.time_out_norm(time_))
        freq = self.freq_out(self.freq_norm(log_psd.reshape(-1, log_psd.shape[-1])))
        out = torch.cat([time_, freq], -1)
        return out.view(*lead, out.shape[-1])


def log_periodogram(patches):
    n = patches.shape[-1]
    w = (0.5 - 0.5 * torch.cos(2 * math.pi * torch.arange(n, dtype=torch.float64) / n)).float()
    spec = torch.fft.rfft(patches * w, dim=-1)
    return torch.log10((spec.abs().pow(2) / (w * w).sum()).clamp_min(1e-10))


def blocks(c, cross, n):
    return nn.ModuleList(AttentionBlock(c, cross) for _ in range(n))


class ChannelEncoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        setattr(self, "self", blocks(c, False, c["channel_layers"]))
        self.cross = blocks(c, True, c["channel_layers"])
        self.query = nn.Parameter(torch.zeros(c["dim"]))

    def forward(self, tokens, emb, keys):
        b, t, c, d = tokens.shape
        dh = emb.shape[-1]
        h = tokens.reshape(b * t, c, d)
        step = torch.arange(t).repeat(b)
        hpos, qpos = step.view(b * t, 1).expand(b * t, c), step.view(b * t, 1)
        e = emb.unsqueeze(1).expand(b, t, c, dh).reshape(b * t, c, dh)
        allowed = keys.unsqueeze(1).expand(b, t, c).reshape(b * t, 1, c)
        q = self.query.view(1, 1, d).expand(b * t, 1, d)
        for s, x in zip(getattr(self, "self"), self.cross):
            h = s(h, h, hpos, hpos, e, e, allowed)
            q = x(q, h, qpos, hpos, None, e, allowed)
        return q.view(b, t, d)


class TemporalEncoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layers = blocks(c, False, c["temporal_layers"])
        self.task_token = nn.Parameter(torch.zeros(c["dim"]))

    def forward(self, tokens, allowed):
        b, t, d = tokens.shape
        x = torch.cat([self.task_token.view(1, 1, d).expand(b, 1, d), tokens], 1)
        pos = torch.arange(t + 1)
        for layer in self.layers:
            x = layer(x, x, pos, pos, None, None, allowed)
        return x


class Decoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.cross = blocks(c, True, c["decoder_layers"])
        setattr(self, "self", blocks(c, False, c["decoder_layers"]))
        self.query = nn.Parameter(torch.zeros(c["dim"]))

    def forward(self, memory, emb, cross_allowed, self_allowed):
        b, t, d = memory.shape[0], memory.shape[1] - 1, memory.shape[2]
        c, dh = emb.shape[1], emb.shape[2]
        qpos = torch.arange(1, t + 1).repeat_interleave(c)
        kpos = torch.arange(t + 1)
        cross_emb = emb.unsqueeze(1).expand(b, t, c, dh).reshape(b, t * c, dh)
        cross_mask = cross_allowed.repeat_interleave(c, 1)
        full = self_allowed.shape[0] == b and self_allowed.shape[1] == t * c  # as model/encoders.cpp
        self_pos = qpos if full else torch.arange(1, t + 1).repeat(b).view(b * t, 1).expand(b * t, c)
        self_emb = cross_emb if full else cross_emb.reshape(b * t, c, dh)
        x = self.query.view(1, 1, d).expand(b, t * c, d)
        for xb, sb in zip(self.cross, getattr(self, "self")):
            x = xb(x, memory, qpos, kpos, cross_emb, None, cross_mask)
            s = x if full else x.reshape(b * t, c, d)
            x = sb(s, s, self_pos, self_pos, self_emb, None, self_allowed).reshape(b, t * c, d)
        return x.view(b, t, c, d)


class PretrainHeads(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.time = nn.Linear(c["dim"], c["patch_samples"])
        self.freq = nn.Linear(c["dim"], c["psd_bins"])
        self.paradigm = nn.Linear(c["dim"], c["paradigm_classes"])


class FineTuneHead(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.cls_tokens = nn.Parameter(torch.zeros(c["task_tokens"], c["dim"]))
        self.attention = AttentionBlock(c, True)
        self.classifiers = nn.ModuleList(nn.Linear(c["dim"], int(k)) for k in c["task_classes"])

    def forward(self, steps):
        """Logits per task from the temporal encoder's step tokens [B, T, D]."""
        b, t, d = steps.shape
        k = self.cls_tokens.shape[0]
        qpos = torch.full((k,), t + 1, dtype=torch.long)  # after the last step (model/heads.cpp)
        kpos = torch.arange(1, t + 1)
        q = self.cls_tokens.unsqueeze(0).expand(b, k, d)
        out = self.attention(q, steps, qpos, kpos)
        return [classifier(out[:, i]) for i, classifier in enumerate(self.classifiers)]


def attention_masks(task, step_masked, channel_masked, valid, full_limit=2048):
    b, c = valid.shape
    t = step_masked.shape[1]
    is_task = lambda k: (task == k).view(b, 1, 1)
    idx = torch.arange(t + 1)
    causal = idx.view(t + 1, 1) >= idx.view(1, t + 1)
    ones = torch.ones(b, t + 1, t + 1, dtype=torch.bool)
    step_keys = torch.cat([torch.ones(b, 1, dtype=torch.bool), ~step_masked], 1)
    temporal = torch.where(is_task(0), causal.expand(b, t + 1, t + 1),
                           torch.where(is_task(1), step_keys.view(b, 1, t + 1).expand(b, t + 1, t + 1), ones))
    cross = torch.where(is_task(0), causal[1:].expand(b, t, t + 1),
                        torch.where(is_task(1), step_keys.view(b, 1, t + 1).expand(b, t, t + 1), ones[:, 1:]))
    masked = channel_masked.view(b, 1, c) | step_masked.view(b, t, 1)
    if t * c > full_limit:  # the decoder's self-attention per step (model/masks.cpp)
        selfm = valid.view(b, 1, 1, c) & (masked.view(b, t, c, 1) | (~masked).view(b, t, 1, c))
        return valid & ~channel_masked, temporal, cross, selfm.reshape(b * t, c, c)
    n = t * c
    step_of = torch.arange(t).repeat_interleave(c)
    not_later = (step_of.view(n, 1) >= step_of.view(1, n)).view(1, n, n)
    order = torch.where(is_task(0), not_later.expand(b, n, n), torch.ones(b, n, n, dtype=torch.bool))
    key_valid = valid.view(b, 1, c).expand(b, t, c).reshape(b, 1, n)
    q, k = masked.reshape(b, n, 1), masked.reshape(b, 1, n)
    return valid & ~channel_masked, temporal, cross, key_valid & (q | ~k) & order


class Alfee(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.embedding = PatchEmbedding(c)
        self.channel_encoder = ChannelEncoder(c)
        self.temporal_encoder = TemporalEncoder(c)
        self.decoder = Decoder(c)
        self.pretrain_heads = PretrainHeads(c)
        self.finetune_head = FineTuneHead(c)
        self.channel_table = nn.Parameter(torch.zeros(c["vocabulary_size"], c["dim"] // c["heads"]))
        self.config = c

    def channel_embedding(self, channels):
        return self.channel_table[channels.flatten()].view(channels.shape[0], channels.shape[1], -1)

    def encode(self, patches, channels, keys, temporal):
        """The temporal encoder's output [B, T+1, D] (t_DT first) and the patches' log-PSD."""
        log_psd = log_periodogram(patches)
        tokens = self.embedding(patches, log_psd).permute(0, 2, 1, 3)
        steps = self.channel_encoder(tokens, self.channel_embedding(channels), keys)
        return self.temporal_encoder(steps, temporal), log_psd

    def unmasked(self, patches, valid):
        """Attention masks of a batch without masking (fine-tuning, inference)."""
        b, c, t = patches.shape[0], patches.shape[1], patches.shape[2]
        task = torch.full((b,), 3, dtype=torch.long)  # PretrainTask::None
        none_t, none_c = torch.zeros(b, t, dtype=torch.bool), torch.zeros(b, c, dtype=torch.bool)
        limit = full_decoder_limit(self.config)
        return attention_masks(task, none_t, none_c, valid, limit)

    def classify(self, patches, channels, valid):
        """Fine-tuning logits per task of windows [B, C, T, 256] (z-scored per channel)."""
        keys, temporal, _, _ = self.unmasked(patches, valid)
        memory, _ = self.encode(patches, channels, keys, temporal)
        return self.finetune_head(memory[:, 1:])

    def embeddings(self, patches, channels, valid):
        """The temporal encoder's output [B, T+1, D], t_DT first, without masking."""
        keys, temporal, _, _ = self.unmasked(patches, valid)
        return self.encode(patches, channels, keys, temporal)[0]

    def pretrain(self, patches, channels, masks):
        keys, temporal, cross, selfm = masks
        memory, log_psd = self.encode(patches, channels, keys, temporal)
        emb = self.channel_embedding(channels)
        decoded = self.decoder(memory, emb, cross, selfm)
        h = self.pretrain_heads
        recon = torch.cat([h.time(decoded), h.freq(decoded)], -1)
        return recon, h.paradigm(memory[:, 0]), log_psd
