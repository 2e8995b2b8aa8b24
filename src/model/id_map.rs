//! A compact map from shared ids (item, scale or pillar ids) to values. A national workspace
//! holds about a million answers and three hundred thousand scale scores; a map with an owned
//! string per entry made loading and scoring it mostly a matter of allocating memory.

use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An id as the maps hold it: shared, so a million answers to the same ninety-six items need
/// ninety-six strings, not a million.
pub type Id = Arc<str>;

/// Values sorted by id, one per id. Iterates, serialises and compares in id order, as a
/// sorted map would.
///
/// The ids are kept apart from the values and shared between maps with the same ids: ten
/// thousand respondents who answered the same ninety-six items share one list of ids, so a
/// map costs little more than its values.
#[derive(Clone)]
pub struct IdMap<V> {
    keys: Keys,
    values: Vec<V>,
}

/// A map's ids: shared with other maps until the map is changed.
#[derive(Clone, Debug)]
enum Keys {
    Shared(Arc<[Id]>),
    Own(Vec<Id>),
}

impl Keys {
    fn as_slice(&self) -> &[Id] {
        match self {
            Keys::Shared(keys) => keys,
            Keys::Own(keys) => keys,
        }
    }

    fn to_mut(&mut self) -> &mut Vec<Id> {
        if let Keys::Shared(keys) = self {
            *self = Keys::Own(keys.to_vec());
        }
        match self {
            Keys::Own(keys) => keys,
            Keys::Shared(_) => unreachable!("made own just above"),
        }
    }
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap {
            keys: Keys::Own(Vec::new()),
            values: Vec::new(),
        }
    }
}

impl<V: PartialEq> PartialEq for IdMap<V> {
    fn eq(&self, other: &Self) -> bool {
        self.keys.as_slice() == other.keys.as_slice() && self.values == other.values
    }
}

impl<V: Eq> Eq for IdMap<V> {}

/// Shown as a map, whether its ids are shared or not.
impl<V: fmt::Debug> fmt::Debug for IdMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V> IdMap<V> {
    pub fn new() -> IdMap<V> {
        IdMap::default()
    }

    /// A map over ids already sorted without repeats, shared with other maps, and their
    /// values in the same order.
    pub fn from_shared(keys: Arc<[Id]>, values: Vec<V>) -> IdMap<V> {
        debug_assert_eq!(keys.len(), values.len());
        debug_assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        IdMap {
            keys: Keys::Shared(keys),
            values,
        }
    }

    fn position<Q: AsRef<str> + ?Sized>(&self, id: &Q) -> Result<usize, usize> {
        let id = id.as_ref();
        self.keys.as_slice().binary_search_by(|key| (**key).cmp(id))
    }

    pub fn get<Q: AsRef<str> + ?Sized>(&self, id: &Q) -> Option<&V> {
        self.position(id).ok().map(|at| &self.values[at])
    }

    pub fn contains_key<Q: AsRef<str> + ?Sized>(&self, id: &Q) -> bool {
        self.position(id).is_ok()
    }

    /// Sets the value for an id; returns the value it replaces.
    pub fn insert(&mut self, id: impl Into<Id>, value: V) -> Option<V> {
        let id = id.into();
        match self.position(&*id) {
            Ok(at) => Some(std::mem::replace(&mut self.values[at], value)),
            Err(at) => {
                self.keys.to_mut().insert(at, id);
                self.values.insert(at, value);
                None
            }
        }
    }

    pub fn remove<Q: AsRef<str> + ?Sized>(&mut self, id: &Q) -> Option<V> {
        let at = self.position(id).ok()?;
        self.keys.to_mut().remove(at);
        Some(self.values.remove(at))
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// In id order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &V)> + ExactSizeIterator {
        self.keys
            .as_slice()
            .iter()
            .map(|id| &**id)
            .zip(self.values.iter())
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.keys.as_slice().iter().map(|id| &**id)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.values.iter()
    }

    /// Builds from entries, cheaply when they are already sorted by id without repeats;
    /// anything else is sorted and de-duplicated, the last value for an id winning.
    pub fn from_sorted(mut entries: Vec<(Id, V)>) -> IdMap<V> {
        if !entries.windows(2).all(|pair| pair[0].0 < pair[1].0) {
            // A stable sort keeps repeats in the order given, so the last one can win.
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let mut unique: Vec<(Id, V)> = Vec::with_capacity(entries.len());
            for entry in entries {
                match unique.last_mut() {
                    Some(last) if last.0 == entry.0 => *last = entry,
                    _ => unique.push(entry),
                }
            }
            entries = unique;
        }
        let (keys, values) = entries.into_iter().unzip();
        IdMap {
            keys: Keys::Own(keys),
            values,
        }
    }
}

impl<K: Into<Id>, V> FromIterator<(K, V)> for IdMap<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> IdMap<V> {
        IdMap::from_sorted(iter.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

impl<V> IntoIterator for IdMap<V> {
    type Item = (Id, V);
    type IntoIter = std::iter::Zip<std::vec::IntoIter<Id>, std::vec::IntoIter<V>>;
    fn into_iter(self) -> Self::IntoIter {
        let keys = match self.keys {
            Keys::Shared(keys) => keys.to_vec(),
            Keys::Own(keys) => keys,
        };
        keys.into_iter().zip(self.values)
    }
}

impl<'a, V> IntoIterator for &'a IdMap<V> {
    type Item = (&'a str, &'a V);
    type IntoIter = std::iter::Zip<
        std::iter::Map<std::slice::Iter<'a, Id>, fn(&'a Id) -> &'a str>,
        std::slice::Iter<'a, V>,
    >;
    fn into_iter(self) -> Self::IntoIter {
        let as_str: fn(&'a Id) -> &'a str = |id| id;
        self.keys
            .as_slice()
            .iter()
            .map(as_str)
            .zip(self.values.iter())
    }
}

impl<Q: AsRef<str> + ?Sized, V> std::ops::Index<&Q> for IdMap<V> {
    type Output = V;
    /// Panics when the id is missing, as a map's index does: for ids just looked up.
    fn index(&self, id: &Q) -> &V {
        match self.get(id) {
            Some(value) => value,
            None => panic!("no entry for '{}'", id.as_ref()),
        }
    }
}

impl<V: Serialize> Serialize for IdMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (id, value) in self.iter() {
            map.serialize_entry(id, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for IdMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdMapVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for IdMapVisitor<V> {
            type Value = IdMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map from ids to values")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<IdMap<V>, M::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some((id, value)) = map.next_entry::<String, V>()? {
                    entries.push((Id::from(id), value));
                }
                Ok(IdMap::from_sorted(entries))
            }
        }
        deserializer.deserialize_map(IdMapVisitor(PhantomData))
    }
}

/// Hands out one shared [`Id`] per distinct text, so maps filled by one loader share their
/// ids. Consecutive assessments nearly always answer the same items in the same order, so
/// the id at the same position last time is tried before the set.
#[derive(Default)]
pub struct SharedIds {
    known: HashSet<Id>,
    last: Vec<Id>,
    last_list: Option<Arc<[Id]>>,
}

impl SharedIds {
    /// The shared id for the text of the `position`-th entry.
    pub fn id(&mut self, position: usize, text: &str) -> Id {
        if let Some(last) = self.last.get(position)
            && **last == *text
        {
            return last.clone();
        }
        let id = match self.known.get(text) {
            Some(id) => id.clone(),
            None => {
                let id = Id::from(text);
                self.known.insert(id.clone());
                id
            }
        };
        if position < self.last.len() {
            self.last[position] = id.clone();
        } else {
            self.last.push(id.clone());
        }
        id
    }

    /// A shared list for ids handed out by [`SharedIds::id`]: the previous list when it holds
    /// the same ids, as it nearly always does.
    pub fn list(&mut self, ids: &[Id]) -> Arc<[Id]> {
        if let Some(last) = &self.last_list
            && last.len() == ids.len()
            && last.iter().zip(ids).all(|(a, b)| Arc::ptr_eq(a, b))
        {
            return last.clone();
        }
        let list: Arc<[Id]> = ids.into();
        self.last_list = Some(list.clone());
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_id_order_and_one_value_per_id() {
        let mut map = IdMap::new();
        map.insert("oe02", 2);
        map.insert("cx01", 4);
        assert_eq!(map.insert("oe02", 3), Some(2));
        assert_eq!(map.keys().collect::<Vec<_>>(), ["cx01", "oe02"]);
        assert_eq!(map.get("oe02"), Some(&3));
        assert_eq!(map.remove("cx01"), Some(4));
        assert_eq!(map.len(), 1);
    }

    #[test]
    fn unsorted_entries_are_sorted_and_the_last_repeat_wins() {
        let map = IdMap::from_sorted(vec![("b".into(), 1), ("a".into(), 2), ("b".into(), 3)]);
        let pairs: Vec<(&str, i32)> = map.iter().map(|(k, v)| (k, *v)).collect();
        assert_eq!(pairs, [("a", 2), ("b", 3)]);
    }

    #[test]
    fn ids_are_shared() {
        let mut ids = SharedIds::default();
        let first = ids.id(0, "cx01");
        let again = ids.id(0, "cx01");
        let elsewhere = ids.id(3, "cx01");
        assert!(Arc::ptr_eq(&first, &again) && Arc::ptr_eq(&first, &elsewhere));
        assert_eq!(&*ids.id(0, "cx02"), "cx02");
    }
}
