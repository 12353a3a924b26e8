"""Graph: actors, meetings and statements extracted per article and merged across articles.

The graph is plain data: a ``networkx.MultiDiGraph`` whose node and edge attributes are
JSON-serialisable values (str, int, float, bool, None, lists of str). Edge keys are the edge
``type``, so there is at most one edge of a type between two nodes.

Nodes (``label`` says the kind; every node has ``id`` = its node key, ``label``, ``name``):

- ``Article``  id ``article:<key>``. ``key`` (file stem), ``published`` (ISO date or None),
  ``published_basis`` (where the date came from), ``source`` (outlet), ``title``, ``url``, ``path``.
- ``Actor``    id ``actor:<slug of canonical name>``. ``kind`` (``person``, ``organization``,
  ``location``, ``group``), ``aliases`` (every surface form seen, sorted), ``roles`` (titles and
  roles seen, sorted), ``mentions`` (count over the corpus).
- ``Place``    id ``place:<slug>``. ``aliases``.
- ``Meeting``  id ``meeting:<date or undated>:<hash>``. ``date`` (TIMEX3 value or None),
  ``granularity``, ``date_basis`` (how the date was worked out), ``status`` (``held`` or
  ``planned``), ``place`` (name or None), ``participants`` (actor names, sorted).
- ``Statement`` id ``statement:<hash>``. ``text`` (what was said), ``quote`` (True for direct
  speech), ``speaker`` (actor name), ``addressee`` (name or None), ``date``, ``granularity``,
  ``date_basis``.

Edges (``type`` says the kind; evidence attributes ``article`` (key), ``sentence`` (its text),
``start``, ``end`` (character offsets of the sentence in the article text) on every edge that
comes from a sentence):

- ``PARTICIPATED_IN`` Actor -> Meeting
- ``SAID``            Actor -> Statement
- ``ADDRESSED_TO``    Statement -> Actor
- ``REPORTED_IN``     Meeting/Statement -> Article (one per reporting article)
- ``HELD_IN``         Meeting -> Place
- ``MENTIONED_IN``    Actor -> Article (``count``: mentions in that article)
"""
