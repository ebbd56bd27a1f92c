"""Optional integrations with engines users already run. Each needs its extra
(``pip install 'kamerparse[dask]'``); the core library never imports them."""
