"""Graph: actors, meetings and statements extracted per article and merged across articles.

The graph is plain data: a ``networkx.MultiDiGraph`` whose node and edge attributes are
JSON-serialisable values (str, int, float, bool, None, lists of str). Edge keys are the edge
``type``, so there is at most one edge of a type between two nodes.

Nodes (``label`` says the kind; every node has ``id`` = its node key, ``label``, ``name``):

- ``Article``  id ``article:<key>``. ``key`` (file stem), ``published`` (ISO date or None),
  ``published_basis`` (where the date came from), ``source`` (outlet), ``title``, ``url``, ``path``.
- ``Actor``    id ``actor:<surname>`` for a person (``actor:<surname>-<first name>`` when two
  share it), else ``actor:<slug of its shortest name>`` (see ``build``). ``kind`` (``person``,
  ``organization``, ``product``, ``group``), ``aliases`` (every surface form seen, sorted),
  ``roles`` (titles and roles seen, sorted), ``identity`` (why its names are one actor, see
  ``identity.explain``), ``mentions`` (count over the corpus).
- ``Place``    id ``place:<slug>``: every location, where events were held or named in a
  sentence. ``kind`` (``location``) and the attributes of an actor.
- ``Outlet``   id ``outlet:<slug>``: an article's source, or an agency it credits. ``name``.
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
- ``MENTIONED_IN``    Actor or Place -> Article (``count``: mentions in that article)
- ``PUBLISHED_BY``    Article -> Outlet
"""
