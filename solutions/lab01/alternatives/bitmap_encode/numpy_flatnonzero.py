# alternative: NumPy on the CPU for the positions (np.flatnonzero of the w != 0 test, which works for every dtype, bfloat16 included), then torch gathers the values on the weight's device
import numpy as np


def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("weight", weight, torch.Tensor)  # the course's argument convention
    flat = weight.detach().reshape(-1)
    present = (flat != 0).cpu().numpy()
    positions = torch.from_numpy(np.flatnonzero(present)).to(flat.device)
    return torch.from_numpy(present).to(flat.device), flat[positions]
