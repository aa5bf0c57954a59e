//! Making a VM: the heap, the built-in types, the `builtins` and `sys`
//! modules.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use pyvm_heap::Heap;

use crate::names::Names;
use crate::object::{Object, Payload};
use crate::objects::module::ModuleData;
use crate::objects::str::Str;
use crate::types::Types;
use crate::value::{ObjRef, Value};
use crate::vm::{GcSettings, Vm, DEFAULT_RECURSION_LIMIT};

/// Allocations between two collections, at least (the collector also
/// waits until the heap has doubled since the last one). Small enough
/// that the boxes a collection frees are still in the CPU's caches when
/// the allocations after it reuse them: at 100,000, programs that make
/// many short-lived objects (generators, coroutines) ran 10-15% slower.
/// Some values between 4,000 and 6,000 made `bench/word_count.py` a
/// third slower, in mimalloc's reuse of the freed blocks.
const GC_THRESHOLD: usize = 10_000;

/// Options for a new VM.
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Collect at every safepoint (`PYVM_GC_STRESS=1`).
    pub gc_stress: bool,
    /// `PYTHONHASHSEED`: a fixed seed for string hashes.
    pub hash_seed: Option<u64>,
    /// Extra folders for `sys.path` (`PYVMPATH`), after the script's.
    pub path: Vec<String>,
    /// A flag that a SIGINT handler sets: the VM then raises
    /// `KeyboardInterrupt` in the running program (and clears it). `None`
    /// for a VM that nothing interrupts.
    pub interrupt: Option<Arc<AtomicBool>>,
}

/// The string-hash key: from the seed when given, else from the
/// process's randomness.
///
/// A seed gives CPython's key, so that `PYTHONHASHSEED` orders sets and
/// hashes strings as CPython does: 0 is the all-zero key, any other seed
/// fills the secret with CPython's `lcg_urandom` (`Python/bootstrap_hash.c`)
/// and the SipHash keys are its first two little-endian words.
fn hash_key(seed: Option<u64>) -> (u64, u64) {
    use std::hash::{BuildHasher, Hasher};
    match seed {
        Some(0) => (0, 0),
        Some(seed) => {
            let mut x = seed as u32;
            let mut secret = [0u8; 16];
            for byte in &mut secret {
                x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                *byte = (x >> 16) as u8;
            }
            let (k0, k1) = secret.split_at(8);
            (
                u64::from_le_bytes(k0.try_into().expect("8 bytes")),
                u64::from_le_bytes(k1.try_into().expect("8 bytes")),
            )
        }
        None => {
            let random = std::collections::hash_map::RandomState::new();
            let mut a = random.build_hasher();
            a.write_u64(1);
            let mut b = random.build_hasher();
            b.write_u64(2);
            (a.finish(), b.finish())
        }
    }
}

impl Vm {
    /// A new interpreter.
    pub fn new(options: VmOptions) -> Vm {
        let mut heap: Heap<Object> = Heap::new();
        let types = Types::new(&mut heap);
        let mut interned = FxHashMap::default();
        let str_type = types.str;
        let names = Names::new(|text| {
            let string = heap.alloc(Object::new(str_type, Payload::Str(Str::interned(text))));
            interned.insert(text.into(), string);
            string
        });
        let module_type = types.module;
        let dict_type = types.dict;
        let new_module = |heap: &mut Heap<Object>, name: &str| -> ObjRef {
            let module = heap.alloc(Object::new(
                module_type,
                Payload::Module(Box::new(ModuleData {
                    name: name.to_owned(),
                })),
            ));
            let namespace = heap.alloc(Object::new(dict_type, Payload::Dict(Box::default())));
            module.set_dict(namespace);
            module
        };
        let builtins = new_module(&mut heap, "builtins");
        let modules = heap.alloc(Object::new(dict_type, Payload::Dict(Box::default())));
        if options.gc_stress && cfg!(debug_assertions) {
            heap.set_quarantine(true);
        }
        let mut vm = Vm {
            heap,
            types,
            interned,
            intern_memo: Box::new([(0, None); crate::vm::INTERN_MEMO]),
            names,
            type_cache: crate::type_cache::TypeCache::new(),
            named_attr_cache: crate::ops::attr_by_name::new_cache(),
            builtins,
            modules,
            latin1_chars: Vec::new(),
            small_int_strs: Box::new([None; crate::vm::SMALL_INT_STRS]),
            native_stack_floor: crate::recursion::native_stack_floor(),
            frames: Vec::new(),
            stack: Vec::new(),
            roots: Vec::new(),
            pending_finalizers: Default::default(),
            repr_stack: Vec::new(),
            repr_active: Default::default(),
            generator_outer: Vec::new(),
            set_aside_values: 0,
            generator_buffers: Vec::new(),
            finished_generators: Vec::new(),
            consumers: Vec::new(),
            handled: Value::None,
            asyncgen_hooks: [Value::None; 2],
            asyncgen_hooks_type: None,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            depth: 0,
            gc: GcSettings::new(GC_THRESHOLD, crate::gc::MIN_GROWTH_BYTES, options.gc_stress),
            interrupt: options
                .interrupt
                .clone()
                .unwrap_or_else(crate::interrupt::new_flag),
            unhandled_keyboard_interrupt: false,
            max_str_digits: crate::number::DEFAULT_MAX_STR_DIGITS,
            hash_key: hash_key(options.hash_seed),
            stdout: crate::io::Output::stdout(),
            stdio: None,
            argv: options.argv.clone(),
            path: options.path.clone(),
            main_module: None,
            sources: HashMap::new(),
        };
        vm.latin1_chars = (0..=255u8)
            .map(|byte| vm.new_str(char::from(byte).encode_utf8(&mut [0; 4])))
            .collect();
        vm.init_module_namespace(builtins, "builtins");
        let builtins_name = vm.intern("builtins");
        vm.dict_set_str(modules, builtins_name, Value::Obj(builtins));
        crate::builtins::install(&mut vm);
        crate::methods::install(&mut vm);
        vm
    }

    /// A new module object named `name`, with `__name__` and `__doc__`
    /// set, not registered in `sys.modules`.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let class = self.types.module;
        let module = self.alloc(
            class,
            Payload::Module(Box::new(ModuleData {
                name: name.to_owned(),
            })),
        );
        let namespace = self.new_dict();
        module.set_dict(namespace);
        self.init_module_namespace(module, name);
        module
    }

    fn init_module_namespace(&mut self, module: ObjRef, name: &str) {
        let namespace = module.dict().expect("a module has a namespace");
        let name_value = self.str_value(name);
        let key = self.names.__name__;
        self.dict_set_str(namespace, key, name_value);
        let key = self.names.__doc__;
        self.dict_set_str(namespace, key, Value::None);
    }

    /// Sets `name` in a module's namespace.
    pub fn set_module_attr(&mut self, module: ObjRef, name: &str, value: Value) {
        let namespace = module.dict().expect("a module has a namespace");
        let key = self.intern(name);
        self.dict_set_str(namespace, key, value);
    }

    /// Puts a native function in a module's namespace for each name.
    pub fn add_module_functions(
        &mut self,
        module: ObjRef,
        functions: &[(&'static str, crate::objects::function::NativeFn)],
    ) {
        for &(name, function) in functions {
            let builtin = self.new_module_function(name, function, module);
            self.set_module_attr(module, name, Value::Obj(builtin));
        }
    }

    /// A new built-in function of `module` (its `__self__`).
    pub(crate) fn new_module_function(
        &mut self,
        name: &'static str,
        function: crate::objects::function::NativeFn,
        module: ObjRef,
    ) -> ObjRef {
        let class = self.types.builtin_function;
        let builtin = crate::objects::function::Builtin {
            name,
            owner: None,
            function,
            kind: crate::objects::function::BuiltinKind::Function,
            receiver: Value::Null,
            module: Value::Obj(module),
            shortcut: crate::ops::fast_call::CallShortcut::of(function),
        };
        self.alloc(class, Payload::Builtin(Box::new(builtin)))
    }
}
