"""Trainable parameters of EnECG as the authors ran it, for PaperParametersTest.

The authors wrap their model with peft.get_peft_model(LoraConfig(r=8, lora_alpha=32, lora_dropout=0.05,
target_modules=[ffn_*.0, ffn_*.2, gating_net.*])), bias="none" (PEFT's default): every other parameter is frozen,
including each head's output layer ffn_*.4 (neither a target nor in modules_to_save). PEFT's LoRA on a
Linear(in, out) adds lora_A (r x in) and lora_B (out x r): r * (in + out) trainable values; the base weight and bias
stay frozen. With torch and peft installed this builds the modules and asks PEFT (model.get_nb_trainable_parameters);
without them it applies that rule. Run: python3 peft_trainable_count.py  -> 113568 for the test's shapes.
"""
R, H, G = 8, 256, 256             # rank, head width, gate width
EXPERTS = [16, 32]                # output sizes of the two experts
TASKS = [1, 2]                    # age (one value), gender (two logits)
GATE_IN = 5000                    # lead II, 10 s at 500 Hz


def by_rule():
    lora = lambda i, o: R * (i + o)
    heads = sum(lora(d, H) + lora(H, H) for d in EXPERTS for _ in TASKS)    # layers 0 and 2 of each head
    gates = sum(lora(GATE_IN, G) + lora(G, len(EXPERTS)) for _ in TASKS)   # both gate layers, one gate per task
    return heads + gates


def by_peft():
    import torch.nn as nn
    from peft import LoraConfig, get_peft_model

    class EnEcg(nn.Module):
        def __init__(self):
            super().__init__()
            for e, d in enumerate(EXPERTS):
                for t, out in enumerate(TASKS):
                    setattr(self, f"ffn_{e}_{t}", nn.Sequential(nn.Linear(d, H), nn.ReLU(), nn.Linear(H, H), nn.ReLU(), nn.Linear(H, out)))
            for t in range(len(TASKS)):
                setattr(self, f"gating_net_{t}", nn.Sequential(nn.Linear(GATE_IN, G), nn.ReLU(), nn.Linear(G, len(EXPERTS))))

    targets = [f"ffn_{e}_{t}.{i}" for e in range(len(EXPERTS)) for t in range(len(TASKS)) for i in (0, 2)]
    targets += [f"gating_net_{t}.{i}" for t in range(len(TASKS)) for i in (0, 2)]
    m = get_peft_model(EnEcg(), LoraConfig(r=R, lora_alpha=32, lora_dropout=0.05, target_modules=targets))
    return m.get_nb_trainable_parameters()[0]


if __name__ == "__main__":
    try:
        print(by_peft(), "(peft)")
    except ImportError:
        print(by_rule(), "(PEFT's rule: r * (in + out) per targeted Linear)")
