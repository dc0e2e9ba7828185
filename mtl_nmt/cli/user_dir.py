"""``mtl-nmt-user-dir``: print the folder to pass to ``fairseq-train --user-dir``."""
from ..paths import user_dir


def main():
    print(user_dir())


if __name__ == "__main__":
    main()
