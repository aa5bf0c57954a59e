//! Making [specialized instructions](crate::instruction#specialized-instructions):
//! the pairs of instructions a VM runs as one, as CPython 3.11 makes its
//! superinstructions when it first runs a code object.

use crate::instruction::Instruction;

/// Replaces the first instruction of each pair that has a specialized
/// form with that form, in a VM's own copy of a code object's
/// instructions. The second of each pair stays as it was. Operands that do
/// not fit a specialized form's (locals or constants past 65535) leave
/// their pair alone.
///
/// ```
/// use pyvm_bytecode::{specialize, ConstIdx, Instruction, LocalIdx};
///
/// let mut code = [
///     Instruction::LoadFast { local: LocalIdx(0) },
///     Instruction::LoadConst { value: ConstIdx(1) },
///     Instruction::ReturnValue,
/// ];
/// specialize(&mut code);
/// assert_eq!(code[0], Instruction::LoadFastLoadConst { local: 0, value: 1 });
/// assert_eq!(code[1], Instruction::LoadConst { value: ConstIdx(1) });
/// ```
pub fn specialize(instructions: &mut [Instruction]) {
    let small = |index: u32| u16::try_from(index).ok();
    for at in 1..instructions.len() {
        let Instruction::LoadFast { local } = instructions[at - 1] else {
            continue;
        };
        let Some(local) = small(local.0) else {
            continue;
        };
        let specialized = match instructions[at] {
            Instruction::LoadFast { local: second } => {
                small(second.0).map(|second| Instruction::LoadFastLoadFast {
                    first: local,
                    second,
                })
            }
            Instruction::LoadConst { value } => {
                small(value.0).map(|value| Instruction::LoadFastLoadConst { local, value })
            }
            _ => None,
        };
        if let Some(specialized) = specialized {
            instructions[at - 1] = specialized;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operand::{ConstIdx, LocalIdx};

    fn load_fast(local: u32) -> Instruction {
        Instruction::LoadFast {
            local: LocalIdx(local),
        }
    }

    #[test]
    fn runs_of_loads_are_specialized_pair_by_pair() {
        let mut code = [
            load_fast(0),
            load_fast(1),
            load_fast(2),
            Instruction::LoadConst { value: ConstIdx(3) },
            Instruction::ReturnValue,
        ];
        specialize(&mut code);
        assert_eq!(
            code,
            [
                Instruction::LoadFastLoadFast {
                    first: 0,
                    second: 1
                },
                Instruction::LoadFastLoadFast {
                    first: 1,
                    second: 2
                },
                Instruction::LoadFastLoadConst { local: 2, value: 3 },
                Instruction::LoadConst { value: ConstIdx(3) },
                Instruction::ReturnValue,
            ]
        );
    }

    #[test]
    fn large_operands_are_left_alone() {
        for pair in [
            [load_fast(70_000), load_fast(1)],
            [load_fast(1), load_fast(70_000)],
            [
                load_fast(1),
                Instruction::LoadConst {
                    value: ConstIdx(70_000),
                },
            ],
        ] {
            let mut code = pair;
            specialize(&mut code);
            assert_eq!(code, pair);
        }
    }
}
