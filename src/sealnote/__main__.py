from sealnote.cli import main

main()
