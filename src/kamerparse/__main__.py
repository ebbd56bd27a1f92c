from kamerparse._cli import main

raise SystemExit(main())
