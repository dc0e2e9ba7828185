"""Fast inference: export dense checkpoints to CTranslate2 and translate with them."""
