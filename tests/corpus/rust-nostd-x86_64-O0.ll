; ModuleID = 'nostd.643b4e065edcc12f-cgu.0'
source_filename = "nostd.643b4e065edcc12f-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_66decb206cc790f4c5da38fd8d19ae5a = private unnamed_addr constant [92 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/adapters/enumerate.rs\00", align 1
@alloc_da75e79ea4900be5811e6318d0bc905d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_66decb206cc790f4c5da38fd8d19ae5a, [16 x i8] c"[\00\00\00\00\00\00\00R\00\00\00\09\00\00\00" }>, align 8
@anon.c4b4b0553583baa187245f67b1fc3c83.0 = private unnamed_addr constant <{ [4 x i8], [4 x i8] }> <{ [4 x i8] zeroinitializer, [4 x i8] undef }>, align 4
@alloc_59149eeb649f39d9180425e3764054a3 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs\00", align 1
@alloc_8a7813f1a038cd71090e4a0dcbf8eae3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_59149eeb649f39d9180425e3764054a3, [16 x i8] c"N\00\00\00\00\00\00\00\B2\01\00\00\01\00\00\00" }>, align 8
@alloc_a6a0cc8156fe455996de64a9d05b1dfe = private unnamed_addr constant [184 x i8] c"unsafe precondition(s) violated: u32::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@anon.c4b4b0553583baa187245f67b1fc3c83.1 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@alloc_75fb06c2453febd814e73f5f2e72ae38 = private unnamed_addr constant [199 x i8] c"unsafe precondition(s) violated: hint::unreachable_unchecked must never be reached\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_7ffe2b49ed461956f01b5ea812540aa9 = private unnamed_addr constant [9 x i8] c"nostd.rs\00", align 1
@alloc_e1158bd34b3e92687f8eb17fb2b241ec = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\1A\00\00\00\11\00\00\00" }>, align 8
@alloc_29d66e11eb9ef23327890c7de89744c2 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\1B\00\00\00\15\00\00\00" }>, align 8
@alloc_e83d128164fac77719b60811fd011d32 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\1C\00\00\00\09\00\00\00" }>, align 8
@alloc_b43545a8b5eeee9ed34d9efdaa4afaf3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\12\00\00\00\12\00\00\00" }>, align 8
@alloc_cb01d58e0fd05303631cf081db42ee1a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\12\00\00\00\09\00\00\00" }>, align 8
@alloc_ffb239129d68361afba0d05104487ce3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00\13\00\00\00\09\00\00\00" }>, align 8
@alloc_04da6bf497863e1eab62c07636630a45 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00+\00\00\00\09\00\00\00" }>, align 8
@alloc_725d92c4df58cc53ec3f8724b06b5dbe = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00&\00\00\00\0D\00\00\00" }>, align 8
@alloc_6682348f666a19b8a5aeca84995de23b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00E\00\00\00\0D\00\00\00" }>, align 8
@alloc_f5db0e1b4e40bf961ec9c928b3b2f3c1 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7ffe2b49ed461956f01b5ea812540aa9, [16 x i8] c"\08\00\00\00\00\00\00\00E\00\00\00:\00\00\00" }>, align 8

; <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
; Function Attrs: nonlazybind uwtable
define i32 @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h9e94f6fae496e545E"(ptr align 8 %self, i32 %init) unnamed_addr #0 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_4.0 = load i32, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %0, i64 4
  %_4.1 = load i32, ptr %1, align 4
  %f = load ptr, ptr %self, align 8
; call core::iter::traits::iterator::Iterator::fold
  %_0 = call i32 @_ZN4core4iter6traits8iterator8Iterator4fold17h603b54a304b71af7E(i32 %_4.0, i32 %_4.1, i32 %init, ptr %f) #12
  ret i32 %_0
}

; <core::iter::adapters::enumerate::Enumerate<I> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, ptr } @"_ZN110_$LT$core..iter..adapters..enumerate..Enumerate$LT$I$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h7b9a37a6c800846aE"(ptr align 8 %self) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %self1 = alloca [8 x i8], align 8
  %_3 = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
  %1 = call align 1 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17he134575045187eecE"(ptr align 8 %self) #12
  store ptr %1, ptr %self1, align 8
  %2 = load ptr, ptr %self1, align 8
  %3 = ptrtoint ptr %2 to i64
  %4 = icmp eq i64 %3, 0
  %_12 = select i1 %4, i64 0, i64 1
  %5 = trunc nuw i64 %_12 to i1
  br i1 %5, label %bb8, label %bb7

bb8:                                              ; preds = %start
  %v = load ptr, ptr %self1, align 8
  store ptr %v, ptr %_3, align 8
  %val = load ptr, ptr %_3, align 8
  %6 = getelementptr inbounds i8, ptr %self, i64 16
  %i = load i64, ptr %6, align 8
  %7 = getelementptr inbounds i8, ptr %self, i64 16
  %8 = load i64, ptr %7, align 8
  %_9.0 = add i64 %8, 1
  %_9.1 = icmp ult i64 %_9.0, %8
  br i1 %_9.1, label %panic, label %bb3

bb7:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr null, ptr %9, align 8
  br label %bb4

bb4:                                              ; preds = %bb3, %bb7
  %10 = load i64, ptr %_0, align 8
  %11 = getelementptr inbounds i8, ptr %_0, i64 8
  %12 = load ptr, ptr %11, align 8
  %13 = insertvalue { i64, ptr } poison, i64 %10, 0
  %14 = insertvalue { i64, ptr } %13, ptr %12, 1
  ret { i64, ptr } %14

bb3:                                              ; preds = %bb8
  %15 = getelementptr inbounds i8, ptr %self, i64 16
  store i64 %_9.0, ptr %15, align 8
  store i64 %i, ptr %_0, align 8
  %16 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %val, ptr %16, align 8
  br label %bb4

panic:                                            ; preds = %bb8
; invoke core::panicking::panic_const::panic_const_add_overflow
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_da75e79ea4900be5811e6318d0bc905d) #13
          to label %unreachable unwind label %cleanup

bb5:                                              ; preds = %cleanup
  %17 = load ptr, ptr %0, align 8
  %18 = getelementptr inbounds i8, ptr %0, i64 8
  %19 = load i32, ptr %18, align 8
  %20 = insertvalue { ptr, i32 } poison, ptr %17, 0
  %21 = insertvalue { ptr, i32 } %20, i32 %19, 1
  resume { ptr, i32 } %21

cleanup:                                          ; preds = %panic
  %22 = landingpad { ptr, i32 }
          cleanup
  %23 = extractvalue { ptr, i32 } %22, 0
  %24 = extractvalue { ptr, i32 } %22, 1
  store ptr %23, ptr %0, align 8
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %24, ptr %25, align 8
  br label %bb5

unreachable:                                      ; preds = %panic
  unreachable

bb2:                                              ; No predecessors!
  unreachable
}

; <core::result::Result<T,F> as core::ops::try_trait::FromResidual<core::result::Result<core::convert::Infallible,E>>>::from_residual
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN153_$LT$core..result..Result$LT$T$C$F$GT$$u20$as$u20$core..ops..try_trait..FromResidual$LT$core..result..Result$LT$core..convert..Infallible$C$E$GT$$GT$$GT$13from_residual17habb2038eb36f75beE"(i64 %residual, ptr align 8 %0) unnamed_addr #1 {
start:
  %1 = insertvalue { i64, i64 } { i64 1, i64 poison }, i64 %residual, 1
  ret { i64, i64 } %1
}

; <i32 as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define internal i32 @"_ZN47_$LT$i32$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h247e1cabd9eca8fbE"(i32 %start1, i64 %n) unnamed_addr #1 {
start:
  %self = alloca [8 x i8], align 4
  %rhs = trunc i64 %n to i32
  %0 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %start1, i32 %rhs)
  %_8.0 = extractvalue { i32, i1 } %0, 0
  %_8.1 = extractvalue { i32, i1 } %0, 1
  %_10 = icmp slt i32 %rhs, 0
  %b = xor i1 %_8.1, %_10
  br i1 %b, label %bb1, label %bb3

bb3:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %self, i64 4
  store i32 %_8.0, ptr %1, align 4
  store i32 1, ptr %self, align 4
  %2 = getelementptr inbounds i8, ptr %self, i64 4
  %val = load i32, ptr %2, align 4
  ret i32 %val

bb1:                                              ; preds = %start
  %3 = load i32, ptr @anon.c4b4b0553583baa187245f67b1fc3c83.0, align 4
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @anon.c4b4b0553583baa187245f67b1fc3c83.0, i64 4), align 4
  store i32 %3, ptr %self, align 4
  %5 = getelementptr inbounds i8, ptr %self, i64 4
  store i32 %4, ptr %5, align 4
; call core::hint::unreachable_unchecked::precondition_check
  call void @_ZN4core4hint21unreachable_unchecked18precondition_check17h6a9d362b8137beeeE(ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #14
  unreachable
}

; <u32 as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define internal i32 @"_ZN47_$LT$u32$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17ha63311ecc2434263E"(i32 %start1, i64 %n) unnamed_addr #1 {
start:
  %rhs = trunc i64 %n to i32
  br label %bb1

bb1:                                              ; preds = %start
; call core::num::<impl u32>::unchecked_add::precondition_check
  call void @"_ZN4core3num21_$LT$impl$u20$u32$GT$13unchecked_add18precondition_check17h06c73a42bc720f5fE"(i32 %start1, i32 %rhs, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #14
  br label %bb2

bb2:                                              ; preds = %bb1
  %_0 = add nuw i32 %start1, %rhs
  ret i32 %_0
}

; core::intrinsics::rotate_left
; Function Attrs: nounwind nonlazybind uwtable
define i64 @_ZN4core10intrinsics11rotate_left17h3f1118b13f890cf6E(i64 %x, i32 %shift) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %_3 = urem i32 %shift, 64
  %1 = zext i32 %_3 to i64
  %2 = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 %1)
  store i64 %2, ptr %0, align 8
  %_0 = load i64, ptr %0, align 8
  ret i64 %_0
}

; core::intrinsics::cold_path
; Function Attrs: cold nounwind nonlazybind uwtable
define internal void @_ZN4core10intrinsics9cold_path17h96a310bfa66f4d71E() unnamed_addr #3 {
start:
  ret void
}

; core::num::<impl u8>::is_ascii_digit
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @"_ZN4core3num20_$LT$impl$u20$u8$GT$14is_ascii_digit17h7e2ce62dd40126c5E"(ptr align 1 %self) unnamed_addr #1 {
start:
  %_0 = alloca [1 x i8], align 1
  %0 = load i8, ptr %self, align 1
  %_2 = icmp ule i8 48, %0
  br i1 %_2, label %bb2, label %bb1

bb1:                                              ; preds = %start
  store i8 0, ptr %_0, align 1
  br label %bb3

bb2:                                              ; preds = %start
  %1 = load i8, ptr %self, align 1
  %_3 = icmp ule i8 %1, 57
  %2 = icmp ne i1 %_3, false
  %3 = zext i1 %2 to i8
  store i8 %3, ptr %_0, align 1
  br label %bb3

bb3:                                              ; preds = %bb2, %bb1
  %4 = load i8, ptr %_0, align 1
  %5 = trunc nuw i8 %4 to i1
  ret i1 %5
}

; core::num::<impl u32>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num21_$LT$impl$u20$u32$GT$13unchecked_add18precondition_check17h06c73a42bc720f5fE"(i32 %lhs, i32 %rhs, ptr align 8 %0) unnamed_addr #4 {
start:
  %_4.0 = add i32 %lhs, %rhs
  %_4.1 = icmp ult i32 %_4.0, %lhs
  br i1 %_4.1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_a6a0cc8156fe455996de64a9d05b1dfe, ptr inttoptr (i64 369 to ptr), i1 zeroext false, ptr align 8 %0) #15
  unreachable
}

; core::num::<impl u64>::checked_add
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i64, i64 } @"_ZN4core3num21_$LT$impl$u20$u64$GT$11checked_add17h1392c5ff08059cf8E"(i64 %self, i64 %rhs) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %_4.0 = add i64 %self, %rhs
  %_4.1 = icmp ult i64 %_4.0, %self
  br i1 %_4.1, label %bb2, label %bb4

bb4:                                              ; preds = %start
  %_5 = add nuw i64 %self, %rhs
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %_5, ptr %0, align 8
  store i64 1, ptr %_0, align 8
  br label %bb1

bb2:                                              ; preds = %start
  %1 = load i64, ptr @anon.c4b4b0553583baa187245f67b1fc3c83.1, align 8
  %2 = load i64, ptr getelementptr inbounds (i8, ptr @anon.c4b4b0553583baa187245f67b1fc3c83.1, i64 8), align 8
  store i64 %1, ptr %_0, align 8
  %3 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %2, ptr %3, align 8
  br label %bb1

bb1:                                              ; preds = %bb2, %bb4
  %4 = load i64, ptr %_0, align 8
  %5 = getelementptr inbounds i8, ptr %_0, i64 8
  %6 = load i64, ptr %5, align 8
  %7 = insertvalue { i64, i64 } poison, i64 %4, 0
  %8 = insertvalue { i64, i64 } %7, i64 %6, 1
  ret { i64, i64 } %8
}

; core::num::<impl u64>::checked_mul
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i64, i64 } @"_ZN4core3num21_$LT$impl$u20$u64$GT$11checked_mul17h3da56273e1d4e4f5E"(i64 %self, i64 %rhs) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %0 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %self, i64 %rhs)
  %_5.0 = extractvalue { i64, i1 } %0, 0
  %_5.1 = extractvalue { i64, i1 } %0, 1
  br i1 %_5.1, label %bb2, label %bb4

bb4:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %_5.0, ptr %1, align 8
  store i64 1, ptr %_0, align 8
  br label %bb1

bb2:                                              ; preds = %start
  %2 = load i64, ptr @anon.c4b4b0553583baa187245f67b1fc3c83.1, align 8
  %3 = load i64, ptr getelementptr inbounds (i8, ptr @anon.c4b4b0553583baa187245f67b1fc3c83.1, i64 8), align 8
  store i64 %2, ptr %_0, align 8
  %4 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %3, ptr %4, align 8
  br label %bb1

bb1:                                              ; preds = %bb2, %bb4
  %5 = load i64, ptr %_0, align 8
  %6 = getelementptr inbounds i8, ptr %_0, i64 8
  %7 = load i64, ptr %6, align 8
  %8 = insertvalue { i64, i64 } poison, i64 %5, 0
  %9 = insertvalue { i64, i64 } %8, i64 %7, 1
  ret { i64, i64 } %9
}

; core::ops::function::FnMut::call_mut
; Function Attrs: inlinehint nonlazybind uwtable
define internal i32 @_ZN4core3ops8function5FnMut8call_mut17h84f578620a8215d4E(ptr align 8 %_1, i32 %0) unnamed_addr #1 {
start:
  %_2 = alloca [4 x i8], align 4
  store i32 %0, ptr %_2, align 4
  %1 = load ptr, ptr %_1, align 8
  %2 = load i32, ptr %_2, align 4
  %_0 = call i32 %1(i32 %2)
  ret i32 %_0
}

; core::hint::unreachable_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core4hint21unreachable_unchecked18precondition_check17h6a9d362b8137beeeE(ptr align 8 %0) unnamed_addr #4 {
start:
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_75fb06c2453febd814e73f5f2e72ae38, ptr inttoptr (i64 399 to ptr), i1 zeroext false, ptr align 8 %0) #15
  unreachable
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i32, i32 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h177357fd4283de73E"(ptr align 4 %self) unnamed_addr #1 {
start:
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i32, i32 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h27dfbdc576e320cdE"(ptr align 4 %self) #12
  %_0.0 = extractvalue { i32, i32 } %0, 0
  %_0.1 = extractvalue { i32, i32 } %0, 1
  %1 = insertvalue { i32, i32 } poison, i32 %_0.0, 0
  %2 = insertvalue { i32, i32 } %1, i32 %_0.1, 1
  ret { i32, i32 } %2
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i32, i32 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h3ca49fcb24852c9aE"(ptr align 4 %self) unnamed_addr #1 {
start:
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i32, i32 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h8731e2f37bafd6a2E"(ptr align 4 %self) #12
  %_0.0 = extractvalue { i32, i32 } %0, 0
  %_0.1 = extractvalue { i32, i32 } %0, 1
  %1 = insertvalue { i32, i32 } poison, i32 %_0.0, 0
  %2 = insertvalue { i32, i32 } %1, i32 %_0.1, 1
  ret { i32, i32 } %2
}

; core::iter::traits::iterator::Iterator::map
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4iter6traits8iterator8Iterator3map17h80952763faa2ce03E(ptr sret([16 x i8]) align 8 %_0, i32 %self.0, i32 %self.1, ptr %f) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store i32 %self.0, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %self.1, ptr %1, align 4
  store ptr %f, ptr %_0, align 8
  ret void
}

; core::iter::traits::iterator::Iterator::fold
; Function Attrs: inlinehint nonlazybind uwtable
define i32 @_ZN4core4iter6traits8iterator8Iterator4fold17h603b54a304b71af7E(i32 %0, i32 %1, i32 %init, ptr %2) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %3 = alloca [16 x i8], align 8
  %_13 = alloca [1 x i8], align 1
  %_5 = alloca [8 x i8], align 4
  %accum = alloca [4 x i8], align 4
  %f = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 4
  store i32 %0, ptr %self, align 4
  %4 = getelementptr inbounds i8, ptr %self, i64 4
  store i32 %1, ptr %4, align 4
  store ptr %2, ptr %f, align 8
  store i8 1, ptr %_13, align 1
  store i32 %init, ptr %accum, align 4
  br label %bb1

bb1:                                              ; preds = %bb4, %start
; invoke core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %5 = invoke { i32, i32 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h3ca49fcb24852c9aE"(ptr align 4 %self)
          to label %bb2 unwind label %cleanup

bb12:                                             ; preds = %cleanup
  %6 = load i8, ptr %_13, align 1
  %7 = trunc nuw i8 %6 to i1
  br i1 %7, label %bb11, label %bb8

cleanup:                                          ; preds = %bb3, %bb1
  %8 = landingpad { ptr, i32 }
          cleanup
  %9 = extractvalue { ptr, i32 } %8, 0
  %10 = extractvalue { ptr, i32 } %8, 1
  store ptr %9, ptr %3, align 8
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %10, ptr %11, align 8
  br label %bb12

bb2:                                              ; preds = %bb1
  %12 = extractvalue { i32, i32 } %5, 0
  %13 = extractvalue { i32, i32 } %5, 1
  store i32 %12, ptr %_5, align 4
  %14 = getelementptr inbounds i8, ptr %_5, i64 4
  store i32 %13, ptr %14, align 4
  %15 = load i32, ptr %_5, align 4
  %16 = getelementptr inbounds i8, ptr %_5, i64 4
  %17 = load i32, ptr %16, align 4
  %_7 = zext i32 %15 to i64
  %18 = trunc nuw i64 %_7 to i1
  br i1 %18, label %bb3, label %bb5

bb3:                                              ; preds = %bb2
  %19 = getelementptr inbounds i8, ptr %_5, i64 4
  %x = load i32, ptr %19, align 4
  store i8 0, ptr %_13, align 1
  %_12 = load i32, ptr %accum, align 4
; invoke core::iter::adapters::map::map_fold::{{closure}}
  %_9 = invoke i32 @"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h2f28cf329e725d77E"(ptr align 8 %f, i32 %_12, i32 %x)
          to label %bb4 unwind label %cleanup

bb5:                                              ; preds = %bb2
  %_0 = load i32, ptr %accum, align 4
  br label %bb6

bb4:                                              ; preds = %bb3
  store i8 1, ptr %_13, align 1
  store i32 %_9, ptr %accum, align 4
  br label %bb1

bb6:                                              ; preds = %bb5
  ret i32 %_0

bb13:                                             ; No predecessors!
  unreachable

bb8:                                              ; preds = %bb11, %bb12
  br label %bb9

bb11:                                             ; preds = %bb12
  br label %bb8

bb9:                                              ; preds = %bb8
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds i8, ptr %3, i64 8
  %22 = load i32, ptr %21, align 8
  %23 = insertvalue { ptr, i32 } poison, ptr %20, 0
  %24 = insertvalue { ptr, i32 } %23, i32 %22, 1
  resume { ptr, i32 } %24
}

; core::iter::traits::iterator::Iterator::enumerate
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4iter6traits8iterator8Iterator9enumerate17h10caefad67f410a2E(ptr sret([24 x i8]) align 8 %_0, ptr %self.0, ptr %self.1) unnamed_addr #1 {
start:
  store ptr %self.0, ptr %_0, align 8
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %self.1, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %_0, i64 16
  store i64 0, ptr %1, align 8
  ret void
}

; core::iter::adapters::map::map_fold::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define i32 @"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17h2f28cf329e725d77E"(ptr align 8 %_1, i32 %acc, i32 %elt) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_10 = alloca [1 x i8], align 1
  %_4 = getelementptr inbounds i8, ptr %_1, i64 8
  store i8 1, ptr %_10, align 1
; invoke core::ops::function::FnMut::call_mut
  %_7 = invoke i32 @_ZN4core3ops8function5FnMut8call_mut17h84f578620a8215d4E(ptr align 8 %_1, i32 %elt)
          to label %bb1 unwind label %cleanup

bb5:                                              ; preds = %cleanup
  %1 = load i8, ptr %_10, align 1
  %2 = trunc nuw i8 %1 to i1
  br i1 %2, label %bb4, label %bb3

cleanup:                                          ; preds = %bb1, %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb5

bb1:                                              ; preds = %start
  store i8 0, ptr %_10, align 1
; invoke nostd::callback_sum::{{closure}}
  %_0 = invoke i32 @"_ZN5nostd12callback_sum28_$u7b$$u7b$closure$u7d$$u7d$17h267ccce75a6a2b64E"(ptr align 1 %_4, i32 %acc, i32 %_7)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
  ret i32 %_0

bb3:                                              ; preds = %bb4, %bb5
  %7 = load ptr, ptr %0, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11

bb4:                                              ; preds = %bb5
  br label %bb3
}

; core::slice::<impl [T]>::iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hd3c0e48230c5358eE"(ptr align 1 %self.0, i64 %self.1) unnamed_addr #1 {
start:
; call core::slice::iter::Iter<T>::new
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17h7b7c40bdafdba506E"(ptr align 1 %self.0, i64 %self.1) #12
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; core::slice::<impl [T]>::iter_mut
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$8iter_mut17ha632a9e21b59c9a8E"(ptr align 8 %self.0, i64 %self.1) unnamed_addr #1 {
start:
; call core::slice::iter::IterMut<T>::new
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter16IterMut$LT$T$GT$3new17hd8007d607b8c9b94E"(ptr align 8 %self.0, i64 %self.1) #12
  %_0.0 = extractvalue { ptr, ptr } %0, 0
  %_0.1 = extractvalue { ptr, ptr } %0, 1
  %1 = insertvalue { ptr, ptr } poison, ptr %_0.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2
}

; core::slice::iter::Iter<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter13Iter$LT$T$GT$3new17h7b7c40bdafdba506E"(ptr align 1 %slice.0, i64 %slice.1) unnamed_addr #1 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw i8, ptr %slice.0, i64 %slice.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::IterMut<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter16IterMut$LT$T$GT$3new17hd8007d607b8c9b94E"(ptr align 8 %slice.0, i64 %slice.1) unnamed_addr #1 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %0 = getelementptr inbounds nuw i64, ptr %slice.0, i64 %slice.1
  store ptr %0, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %1 = insertvalue { ptr, ptr } poison, ptr %slice.0, 0
  %2 = insertvalue { ptr, ptr } %1, ptr %_0.1, 1
  ret { ptr, ptr } %2

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
; Function Attrs: nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h32211aa6975a8407E"(ptr align 1 %self.0, i64 %self.1) unnamed_addr #0 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw i8, ptr %self.0, i64 %self.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
; Function Attrs: nonlazybind uwtable
define { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17hb8d151a756188d2eE"(ptr align 4 %self.0, i64 %self.1) unnamed_addr #0 {
start:
  %end_or_len = alloca [8 x i8], align 8
  br label %bb2

bb2:                                              ; preds = %start
  %_6 = getelementptr inbounds nuw i32, ptr %self.0, i64 %self.1
  store ptr %_6, ptr %end_or_len, align 8
  br label %bb3

bb3:                                              ; preds = %bb2
  %_0.1 = load ptr, ptr %end_or_len, align 8
  %0 = insertvalue { ptr, ptr } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %_0.1, 1
  ret { ptr, ptr } %1

bb1:                                              ; No predecessors!
  unreachable
}

; core::option::Option<T>::ok_or
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN4core6option15Option$LT$T$GT$5ok_or17h7dee4fed8fe69ff8E"(i64 %0, i64 %1, i64 %err) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %self = alloca [16 x i8], align 8
  store i64 %0, ptr %self, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %1, ptr %2, align 8
  %_3 = load i64, ptr %self, align 8
  %3 = getelementptr inbounds i8, ptr %self, i64 8
  %4 = load i64, ptr %3, align 8
  %5 = trunc nuw i64 %_3 to i1
  br i1 %5, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %6 = getelementptr inbounds i8, ptr %self, i64 8
  %v = load i64, ptr %6, align 8
  %7 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %v, ptr %7, align 8
  store i64 0, ptr %_0, align 8
  br label %bb4

bb2:                                              ; preds = %start
  %8 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %err, ptr %8, align 8
  store i64 1, ptr %_0, align 8
  br label %bb4

bb4:                                              ; preds = %bb3, %bb2
  %9 = load i64, ptr %_0, align 8
  %10 = getelementptr inbounds i8, ptr %_0, i64 8
  %11 = load i64, ptr %10, align 8
  %12 = insertvalue { i64, i64 } poison, i64 %9, 0
  %13 = insertvalue { i64, i64 } %12, i64 %11, 1
  ret { i64, i64 } %13

bb1:                                              ; No predecessors!
  unreachable
}

; core::option::Option<T>::and_then
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN4core6option15Option$LT$T$GT$8and_then17h490ffbc6338093c9E"(i64 %0, i64 %1, ptr align 1 %f) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %self = alloca [16 x i8], align 8
  store i64 %0, ptr %self, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %1, ptr %2, align 8
  %_3 = load i64, ptr %self, align 8
  %3 = getelementptr inbounds i8, ptr %self, i64 8
  %4 = load i64, ptr %3, align 8
  %5 = trunc nuw i64 %_3 to i1
  br i1 %5, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %6 = getelementptr inbounds i8, ptr %self, i64 8
  %x = load i64, ptr %6, align 8
; call nostd::parse_u64::{{closure}}
  %7 = call { i64, i64 } @"_ZN5nostd9parse_u6428_$u7b$$u7b$closure$u7d$$u7d$17h9dd36830fe27eafeE"(ptr align 1 %f, i64 %x) #12
  %8 = extractvalue { i64, i64 } %7, 0
  %9 = extractvalue { i64, i64 } %7, 1
  store i64 %8, ptr %_0, align 8
  %10 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %9, ptr %10, align 8
  br label %bb5

bb2:                                              ; preds = %start
  store i64 0, ptr %_0, align 8
  br label %bb5

bb5:                                              ; preds = %bb3, %bb2
  %11 = load i64, ptr %_0, align 8
  %12 = getelementptr inbounds i8, ptr %_0, i64 8
  %13 = load i64, ptr %12, align 8
  %14 = insertvalue { i64, i64 } poison, i64 %11, 0
  %15 = insertvalue { i64, i64 } %14, i64 %13, 1
  ret { i64, i64 } %15

bb1:                                              ; No predecessors!
  unreachable
}

; core::option::Option<T>::unwrap_or
; Function Attrs: inlinehint nonlazybind uwtable
define i32 @"_ZN4core6option15Option$LT$T$GT$9unwrap_or17he5a9aec26ed4398bE"(i32 %0, i32 %1, i32 %default) unnamed_addr #1 {
start:
  %x = alloca [4 x i8], align 4
  %self = alloca [8 x i8], align 4
  store i32 %0, ptr %self, align 4
  %2 = getelementptr inbounds i8, ptr %self, i64 4
  store i32 %1, ptr %2, align 4
  %3 = load i32, ptr %self, align 4
  %4 = getelementptr inbounds i8, ptr %self, i64 4
  %5 = load i32, ptr %4, align 4
  %_3 = zext i32 %3 to i64
  %6 = trunc nuw i64 %_3 to i1
  br i1 %6, label %bb3, label %bb2

bb3:                                              ; preds = %start
  %7 = getelementptr inbounds i8, ptr %self, i64 4
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %x, align 4
  br label %bb4

bb2:                                              ; preds = %start
  store i32 %default, ptr %x, align 4
  br label %bb4

bb4:                                              ; preds = %bb3, %bb2
  %9 = load i32, ptr %x, align 4
  ret i32 %9

bb1:                                              ; No predecessors!
  unreachable
}

; nostd::bytes_swap
; Function Attrs: nonlazybind uwtable
define void @_ZN5nostd10bytes_swap17h3f89ccc7df7d146fE(ptr align 8 %v.0, i64 %v.1) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_5 = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
; call core::slice::<impl [T]>::iter_mut
  %1 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$8iter_mut17ha632a9e21b59c9a8E"(ptr align 8 %v.0, i64 %v.1) #12
  %_3.0 = extractvalue { ptr, ptr } %1, 0
  %_3.1 = extractvalue { ptr, ptr } %1, 1
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %2 = call { ptr, ptr } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h3bb1d31170eb07d8E"(ptr %_3.0, ptr %_3.1) #12
  %_2.0 = extractvalue { ptr, ptr } %2, 0
  %_2.1 = extractvalue { ptr, ptr } %2, 1
  store ptr %_2.0, ptr %iter, align 8
  %3 = getelementptr inbounds i8, ptr %iter, i64 8
  store ptr %_2.1, ptr %3, align 8
  br label %bb3

bb3:                                              ; preds = %bb6, %start
; call <core::slice::iter::IterMut<T> as core::iter::traits::iterator::Iterator>::next
  %4 = call align 8 ptr @"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17hc51ef9bee416d4caE"(ptr align 8 %iter) #12
  store ptr %4, ptr %_5, align 8
  %5 = load ptr, ptr %_5, align 8
  %6 = ptrtoint ptr %5 to i64
  %7 = icmp eq i64 %6, 0
  %_7 = select i1 %7, i64 0, i64 1
  %8 = trunc nuw i64 %_7 to i1
  br i1 %8, label %bb6, label %bb7

bb6:                                              ; preds = %bb3
  %x = load ptr, ptr %_5, align 8
  %_11 = load i64, ptr %x, align 8
  %9 = call i64 @llvm.bswap.i64(i64 %_11)
  store i64 %9, ptr %0, align 8
  %_0.i = load i64, ptr %0, align 8
; call core::intrinsics::rotate_left
  %_0.i1 = call i64 @_ZN4core10intrinsics11rotate_left17h3f1118b13f890cf6E(i64 %_0.i, i32 13) #16
  store i64 %_0.i1, ptr %x, align 8
  br label %bb3

bb7:                                              ; preds = %bb3
  ret void

bb5:                                              ; No predecessors!
  unreachable
}

; nostd::callback_sum
; Function Attrs: nonlazybind uwtable
define i32 @_ZN5nostd12callback_sum17h44f020c4b6cf1d0fE(ptr %f, i32 %n) unnamed_addr #0 {
start:
  %_3 = alloca [16 x i8], align 8
; call core::iter::traits::iterator::Iterator::map
  call void @_ZN4core4iter6traits8iterator8Iterator3map17h80952763faa2ce03E(ptr sret([16 x i8]) align 8 %_3, i32 0, i32 %n, ptr %f) #12
; call <core::iter::adapters::map::Map<I,F> as core::iter::traits::iterator::Iterator>::fold
  %_0 = call i32 @"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h9e94f6fae496e545E"(ptr align 8 %_3, i32 0)
  ret i32 %_0
}

; nostd::callback_sum::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal i32 @"_ZN5nostd12callback_sum28_$u7b$$u7b$closure$u7d$$u7d$17h267ccce75a6a2b64E"(ptr align 1 %_1, i32 %a, i32 %b) unnamed_addr #1 {
start:
  %_0.i = add i32 %a, %b
  ret i32 %_0.i
}

; nostd::Ring<_>::new
; Function Attrs: nonlazybind uwtable
define void @"_ZN5nostd13Ring$LT$_$GT$3new17h58be2f257c391b9aE"(ptr sret([272 x i8]) align 8 %_0) unnamed_addr #0 {
start:
  %_1 = alloca [256 x i8], align 4
  call void @llvm.memset.p0.i64(ptr align 4 %_1, i8 0, i64 256, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 4 %_1, i64 256, i1 false)
  %0 = getelementptr inbounds i8, ptr %_0, i64 256
  store i64 0, ptr %0, align 8
  %1 = getelementptr inbounds i8, ptr %_0, i64 264
  store i64 0, ptr %1, align 8
  ret void
}

; nostd::Ring<_>::pop
; Function Attrs: nonlazybind uwtable
define { i32, i32 } @"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E"(ptr align 8 %self) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 4
  %0 = getelementptr inbounds i8, ptr %self, i64 264
  %_3 = load i64, ptr %0, align 8
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb1, label %bb2

bb2:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %self, i64 256
  %_5 = load i64, ptr %1, align 8
  %_6 = icmp ult i64 %_5, 64
  br i1 %_6, label %bb3, label %panic

bb1:                                              ; preds = %start
  store i32 0, ptr %_0, align 4
  br label %bb7

bb3:                                              ; preds = %bb2
  %2 = getelementptr inbounds nuw i32, ptr %self, i64 %_5
  %v = load i32, ptr %2, align 4
  %3 = getelementptr inbounds i8, ptr %self, i64 256
  %_8 = load i64, ptr %3, align 8
  %_9.0 = add i64 %_8, 1
  %_9.1 = icmp ult i64 %_9.0, %_8
  br i1 %_9.1, label %panic1, label %bb4

panic:                                            ; preds = %bb2
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_5, i64 64, ptr align 8 @alloc_e1158bd34b3e92687f8eb17fb2b241ec) #17
  unreachable

bb4:                                              ; preds = %bb3
  %4 = getelementptr inbounds i8, ptr %self, i64 256
  %5 = urem i64 %_9.0, 64
  store i64 %5, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %self, i64 264
  %7 = load i64, ptr %6, align 8
  %_11.0 = sub i64 %7, 1
  %_11.1 = icmp ult i64 %7, 1
  br i1 %_11.1, label %panic2, label %bb6

panic1:                                           ; preds = %bb3
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_29d66e11eb9ef23327890c7de89744c2) #17
  unreachable

bb6:                                              ; preds = %bb4
  %8 = getelementptr inbounds i8, ptr %self, i64 264
  store i64 %_11.0, ptr %8, align 8
  %9 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %v, ptr %9, align 4
  store i32 1, ptr %_0, align 4
  br label %bb7

panic2:                                           ; preds = %bb4
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_e83d128164fac77719b60811fd011d32) #17
  unreachable

bb7:                                              ; preds = %bb1, %bb6
  %10 = load i32, ptr %_0, align 4
  %11 = getelementptr inbounds i8, ptr %_0, i64 4
  %12 = load i32, ptr %11, align 4
  %13 = insertvalue { i32, i32 } poison, i32 %10, 0
  %14 = insertvalue { i32, i32 } %13, i32 %12, 1
  ret { i32, i32 } %14
}

; nostd::Ring<_>::push
; Function Attrs: nonlazybind uwtable
define zeroext i1 @"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE"(ptr align 8 %self, i32 %v) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %0 = getelementptr inbounds i8, ptr %self, i64 264
  %_4 = load i64, ptr %0, align 8
  %_3 = icmp eq i64 %_4, 64
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %self, i64 256
  %_7 = load i64, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 264
  %_8 = load i64, ptr %2, align 8
  %_9.0 = add i64 %_7, %_8
  %_9.1 = icmp ult i64 %_9.0, %_7
  br i1 %_9.1, label %panic, label %bb3

bb1:                                              ; preds = %start
  store i8 0, ptr %_0, align 1
  br label %bb7

bb3:                                              ; preds = %bb2
  %_5 = urem i64 %_9.0, 64
  %_11 = icmp ult i64 %_5, 64
  br i1 %_11, label %bb5, label %panic1

panic:                                            ; preds = %bb2
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_b43545a8b5eeee9ed34d9efdaa4afaf3) #17
  unreachable

bb5:                                              ; preds = %bb3
  %3 = getelementptr inbounds nuw i32, ptr %self, i64 %_5
  store i32 %v, ptr %3, align 4
  %4 = getelementptr inbounds i8, ptr %self, i64 264
  %5 = load i64, ptr %4, align 8
  %_12.0 = add i64 %5, 1
  %_12.1 = icmp ult i64 %_12.0, %5
  br i1 %_12.1, label %panic2, label %bb6

panic1:                                           ; preds = %bb3
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_5, i64 64, ptr align 8 @alloc_cb01d58e0fd05303631cf081db42ee1a) #17
  unreachable

bb6:                                              ; preds = %bb5
  %6 = getelementptr inbounds i8, ptr %self, i64 264
  store i64 %_12.0, ptr %6, align 8
  store i8 1, ptr %_0, align 1
  br label %bb7

panic2:                                           ; preds = %bb5
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_ffb239129d68361afba0d05104487ce3) #17
  unreachable

bb7:                                              ; preds = %bb1, %bb6
  %7 = load i8, ptr %_0, align 1
  %8 = trunc nuw i8 %7 to i1
  ret i1 %8
}

; nostd::ring_roundtrip
; Function Attrs: nonlazybind uwtable
define i64 @_ZN5nostd14ring_roundtrip17hc827f66ef0d2610aE(ptr align 4 %vals.0, i64 %vals.1) unnamed_addr #0 {
start:
  %_19 = alloca [8 x i8], align 4
  %_6 = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %s = alloca [8 x i8], align 8
  %r = alloca [272 x i8], align 8
; call nostd::Ring<_>::new
  call void @"_ZN5nostd13Ring$LT$_$GT$3new17h58be2f257c391b9aE"(ptr sret([272 x i8]) align 8 %r)
  store i64 0, ptr %s, align 8
; call core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17hb8d151a756188d2eE"(ptr align 4 %vals.0, i64 %vals.1)
  %_4.0 = extractvalue { ptr, ptr } %0, 0
  %_4.1 = extractvalue { ptr, ptr } %0, 1
  store ptr %_4.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store ptr %_4.1, ptr %1, align 8
  br label %bb3

bb3:                                              ; preds = %bb11, %bb6, %start
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
  %2 = call align 4 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17hfa57567b723c3143E"(ptr align 8 %iter) #12
  store ptr %2, ptr %_6, align 8
  %3 = load ptr, ptr %_6, align 8
  %4 = ptrtoint ptr %3 to i64
  %5 = icmp eq i64 %4, 0
  %_8 = select i1 %5, i64 0, i64 1
  %6 = trunc nuw i64 %_8 to i1
  br i1 %6, label %bb6, label %bb12

bb6:                                              ; preds = %bb3
  %_25 = load ptr, ptr %_6, align 8
  %v1 = load i32, ptr %_25, align 4
; call nostd::Ring<_>::push
  %_10 = call zeroext i1 @"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE"(ptr align 8 %r, i32 %v1)
  br i1 %_10, label %bb3, label %bb8

bb12:                                             ; preds = %bb15, %bb3
; call nostd::Ring<_>::pop
  %7 = call { i32, i32 } @"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E"(ptr align 8 %r)
  %8 = extractvalue { i32, i32 } %7, 0
  %9 = extractvalue { i32, i32 } %7, 1
  store i32 %8, ptr %_19, align 4
  %10 = getelementptr inbounds i8, ptr %_19, i64 4
  store i32 %9, ptr %10, align 4
  %11 = load i32, ptr %_19, align 4
  %12 = getelementptr inbounds i8, ptr %_19, i64 4
  %13 = load i32, ptr %12, align 4
  %_21 = zext i32 %11 to i64
  %14 = trunc nuw i64 %_21 to i1
  br i1 %14, label %bb14, label %bb16

bb14:                                             ; preds = %bb12
  %15 = getelementptr inbounds i8, ptr %_19, i64 4
  %v = load i32, ptr %15, align 4
  %_23 = zext i32 %v to i64
  %16 = load i64, ptr %s, align 8
  %_24.0 = add i64 %16, %_23
  %_24.1 = icmp ult i64 %_24.0, %16
  br i1 %_24.1, label %panic, label %bb15

bb16:                                             ; preds = %bb12
  %_0 = load i64, ptr %s, align 8
  ret i64 %_0

bb15:                                             ; preds = %bb14
  store i64 %_24.0, ptr %s, align 8
  br label %bb12

panic:                                            ; preds = %bb14
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_04da6bf497863e1eab62c07636630a45) #17
  unreachable

bb8:                                              ; preds = %bb6
; call nostd::Ring<_>::pop
  %17 = call { i32, i32 } @"_ZN5nostd13Ring$LT$_$GT$3pop17h34f3a8563f6a65c4E"(ptr align 8 %r)
  %_14.0 = extractvalue { i32, i32 } %17, 0
  %_14.1 = extractvalue { i32, i32 } %17, 1
; call core::option::Option<T>::unwrap_or
  %_13 = call i32 @"_ZN4core6option15Option$LT$T$GT$9unwrap_or17he5a9aec26ed4398bE"(i32 %_14.0, i32 %_14.1, i32 0) #12
  %_12 = zext i32 %_13 to i64
  %18 = load i64, ptr %s, align 8
  %_16.0 = add i64 %18, %_12
  %_16.1 = icmp ult i64 %_16.0, %18
  br i1 %_16.1, label %panic2, label %bb11

bb11:                                             ; preds = %bb8
  store i64 %_16.0, ptr %s, align 8
; call nostd::Ring<_>::push
  %_17 = call zeroext i1 @"_ZN5nostd13Ring$LT$_$GT$4push17h11726013a659de1eE"(ptr align 8 %r, i32 %v1)
  br label %bb3

panic2:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_725d92c4df58cc53ec3f8724b06b5dbe) #17
  unreachable

bb5:                                              ; No predecessors!
  unreachable
}

; nostd::crc32
; Function Attrs: nonlazybind uwtable
define i32 @_ZN5nostd5crc3217hdd33e6466d0e0d37E(ptr align 1 %data.0, i64 %data.1) unnamed_addr #0 {
start:
  %iter1 = alloca [8 x i8], align 4
  %_5 = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %crc = alloca [4 x i8], align 4
  store i32 -1, ptr %crc, align 4
; call core::slice::iter::<impl core::iter::traits::collect::IntoIterator for &[T]>::into_iter
  %0 = call { ptr, ptr } @"_ZN4core5slice4iter87_$LT$impl$u20$core..iter..traits..collect..IntoIterator$u20$for$u20$$RF$$u5b$T$u5d$$GT$9into_iter17h32211aa6975a8407E"(ptr align 1 %data.0, i64 %data.1)
  %_3.0 = extractvalue { ptr, ptr } %0, 0
  %_3.1 = extractvalue { ptr, ptr } %0, 1
  store ptr %_3.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store ptr %_3.1, ptr %1, align 8
  br label %bb2

bb2:                                              ; preds = %bb8, %start
; call <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
  %2 = call align 1 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17he134575045187eecE"(ptr align 8 %iter) #12
  store ptr %2, ptr %_5, align 8
  %3 = load ptr, ptr %_5, align 8
  %4 = ptrtoint ptr %3 to i64
  %5 = icmp eq i64 %4, 0
  %_7 = select i1 %5, i64 0, i64 1
  %6 = trunc nuw i64 %_7 to i1
  br i1 %6, label %bb5, label %bb6

bb5:                                              ; preds = %bb2
  %_25 = load ptr, ptr %_5, align 8
  %b = load i8, ptr %_25, align 1
  %_9 = zext i8 %b to i32
  %7 = load i32, ptr %crc, align 4
  %8 = xor i32 %7, %_9
  store i32 %8, ptr %crc, align 4
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %9 = call { i32, i32 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h69d5a90fb47960b8E"(i32 0, i32 8) #12
  %_10.0 = extractvalue { i32, i32 } %9, 0
  %_10.1 = extractvalue { i32, i32 } %9, 1
  store i32 %_10.0, ptr %iter1, align 4
  %10 = getelementptr inbounds i8, ptr %iter1, i64 4
  store i32 %_10.1, ptr %10, align 4
  br label %bb8

bb6:                                              ; preds = %bb2
  %_24 = load i32, ptr %crc, align 4
  %_0 = xor i32 %_24, -1
  ret i32 %_0

bb8:                                              ; preds = %bb10, %bb5
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %11 = call { i32, i32 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h177357fd4283de73E"(ptr align 4 %iter1) #12
  %_13.0 = extractvalue { i32, i32 } %11, 0
  %_13.1 = extractvalue { i32, i32 } %11, 1
  %_15 = zext i32 %_13.0 to i64
  %12 = trunc nuw i64 %_15 to i1
  br i1 %12, label %bb10, label %bb2

bb10:                                             ; preds = %bb8
  %_17 = load i32, ptr %crc, align 4
  %_16 = lshr i32 %_17, 1
  %_23 = load i32, ptr %crc, align 4
  %_22 = and i32 %_23, 1
  %_0.i = sub i32 0, %_22
  %_20 = and i32 -306674912, %_0.i
  %13 = xor i32 %_16, %_20
  store i32 %13, ptr %crc, align 4
  br label %bb8

bb4:                                              ; No predecessors!
  unreachable
}

; nostd::copy_out
; Function Attrs: nonlazybind uwtable
define void @_ZN5nostd8copy_out17h2e264c014a9238f7E(ptr align 1 %dst, ptr align 1 %src) unnamed_addr #0 {
start:
  %_3 = alloca [256 x i8], align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_3, ptr align 1 %src, i64 256, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %dst, ptr align 1 %_3, i64 256, i1 false)
  ret void
}

; nostd::parse_u64
; Function Attrs: nonlazybind uwtable
define { i64, i64 } @_ZN5nostd9parse_u6417hb105109f26010622E(ptr align 1 %s.0, i64 %s.1) unnamed_addr #0 {
start:
  %_14 = alloca [16 x i8], align 8
  %c = alloca [1 x i8], align 1
  %_7 = alloca [16 x i8], align 8
  %iter = alloca [24 x i8], align 8
  %_4 = alloca [24 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %v = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  store i64 0, ptr %v, align 8
; call core::slice::<impl [T]>::iter
  %0 = call { ptr, ptr } @"_ZN4core5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$4iter17hd3c0e48230c5358eE"(ptr align 1 %s.0, i64 %s.1) #12
  %_5.0 = extractvalue { ptr, ptr } %0, 0
  %_5.1 = extractvalue { ptr, ptr } %0, 1
; call core::iter::traits::iterator::Iterator::enumerate
  call void @_ZN4core4iter6traits8iterator8Iterator9enumerate17h10caefad67f410a2E(ptr sret([24 x i8]) align 8 %_4, ptr %_5.0, ptr %_5.1) #12
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  call void @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h52b94637148d97a1E"(ptr sret([24 x i8]) align 8 %_3, ptr align 8 %_4) #12
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %iter, ptr align 8 %_3, i64 24, i1 false)
  br label %bb4

bb4:                                              ; preds = %bb16, %start
; call <core::iter::adapters::enumerate::Enumerate<I> as core::iter::traits::iterator::Iterator>::next
  %1 = call { i64, ptr } @"_ZN110_$LT$core..iter..adapters..enumerate..Enumerate$LT$I$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h7b9a37a6c800846aE"(ptr align 8 %iter) #12
  %2 = extractvalue { i64, ptr } %1, 0
  %3 = extractvalue { i64, ptr } %1, 1
  store i64 %2, ptr %_7, align 8
  %4 = getelementptr inbounds i8, ptr %_7, i64 8
  store ptr %3, ptr %4, align 8
  %5 = load i64, ptr %_7, align 8
  %6 = getelementptr inbounds i8, ptr %_7, i64 8
  %7 = load ptr, ptr %6, align 8
  %8 = ptrtoint ptr %7 to i64
  %9 = icmp eq i64 %8, 0
  %_9 = select i1 %9, i64 0, i64 1
  %10 = trunc nuw i64 %_9 to i1
  br i1 %10, label %bb7, label %bb8

bb7:                                              ; preds = %bb4
  %i = load i64, ptr %_7, align 8
  %11 = getelementptr inbounds i8, ptr %_7, i64 8
  %_25 = load ptr, ptr %11, align 8
  %12 = load i8, ptr %_25, align 1
  store i8 %12, ptr %c, align 1
; call core::num::<impl u8>::is_ascii_digit
  %_12 = call zeroext i1 @"_ZN4core3num20_$LT$impl$u20$u8$GT$14is_ascii_digit17h7e2ce62dd40126c5E"(ptr align 1 %c) #12
  br i1 %_12, label %bb10, label %bb11

bb8:                                              ; preds = %bb4
  %_24 = load i64, ptr %v, align 8
  %13 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %_24, ptr %13, align 8
  store i64 0, ptr %_0, align 8
  br label %bb18

bb18:                                             ; preds = %bb17, %bb11, %bb8
  %14 = load i64, ptr %_0, align 8
  %15 = getelementptr inbounds i8, ptr %_0, i64 8
  %16 = load i64, ptr %15, align 8
  %17 = insertvalue { i64, i64 } poison, i64 %14, 0
  %18 = insertvalue { i64, i64 } %17, i64 %16, 1
  ret { i64, i64 } %18

bb11:                                             ; preds = %bb7
  %19 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %i, ptr %19, align 8
  store i64 1, ptr %_0, align 8
  br label %bb18

bb10:                                             ; preds = %bb7
  %_18 = load i64, ptr %v, align 8
; call core::num::<impl u64>::checked_mul
  %20 = call { i64, i64 } @"_ZN4core3num21_$LT$impl$u20$u64$GT$11checked_mul17h3da56273e1d4e4f5E"(i64 %_18, i64 10) #12
  %_17.0 = extractvalue { i64, i64 } %20, 0
  %_17.1 = extractvalue { i64, i64 } %20, 1
; call core::option::Option<T>::and_then
  %21 = call { i64, i64 } @"_ZN4core6option15Option$LT$T$GT$8and_then17h490ffbc6338093c9E"(i64 %_17.0, i64 %_17.1, ptr align 1 %c) #12
  %_16.0 = extractvalue { i64, i64 } %21, 0
  %_16.1 = extractvalue { i64, i64 } %21, 1
; call core::option::Option<T>::ok_or
  %22 = call { i64, i64 } @"_ZN4core6option15Option$LT$T$GT$5ok_or17h7dee4fed8fe69ff8E"(i64 %_16.0, i64 %_16.1, i64 %i) #12
  %_15.0 = extractvalue { i64, i64 } %22, 0
  %_15.1 = extractvalue { i64, i64 } %22, 1
; call <core::result::Result<T,E> as core::ops::try_trait::Try>::branch
  %23 = call { i64, i64 } @"_ZN79_$LT$core..result..Result$LT$T$C$E$GT$$u20$as$u20$core..ops..try_trait..Try$GT$6branch17hca62ab6930344448E"(i64 %_15.0, i64 %_15.1) #12
  %24 = extractvalue { i64, i64 } %23, 0
  %25 = extractvalue { i64, i64 } %23, 1
  store i64 %24, ptr %_14, align 8
  %26 = getelementptr inbounds i8, ptr %_14, i64 8
  store i64 %25, ptr %26, align 8
  %_21 = load i64, ptr %_14, align 8
  %27 = getelementptr inbounds i8, ptr %_14, i64 8
  %28 = load i64, ptr %27, align 8
  %29 = trunc nuw i64 %_21 to i1
  br i1 %29, label %bb17, label %bb16

bb17:                                             ; preds = %bb10
  %30 = getelementptr inbounds i8, ptr %_14, i64 8
  %residual = load i64, ptr %30, align 8
; call <core::result::Result<T,F> as core::ops::try_trait::FromResidual<core::result::Result<core::convert::Infallible,E>>>::from_residual
  %31 = call { i64, i64 } @"_ZN153_$LT$core..result..Result$LT$T$C$F$GT$$u20$as$u20$core..ops..try_trait..FromResidual$LT$core..result..Result$LT$core..convert..Infallible$C$E$GT$$GT$$GT$13from_residual17habb2038eb36f75beE"(i64 %residual, ptr align 8 @alloc_6682348f666a19b8a5aeca84995de23b) #12
  %32 = extractvalue { i64, i64 } %31, 0
  %33 = extractvalue { i64, i64 } %31, 1
  store i64 %32, ptr %_0, align 8
  %34 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %33, ptr %34, align 8
  br label %bb18

bb16:                                             ; preds = %bb10
  %35 = getelementptr inbounds i8, ptr %_14, i64 8
  %val = load i64, ptr %35, align 8
  store i64 %val, ptr %v, align 8
  br label %bb4

bb6:                                              ; No predecessors!
  unreachable
}

; nostd::parse_u64::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i64, i64 } @"_ZN5nostd9parse_u6428_$u7b$$u7b$closure$u7d$$u7d$17h9dd36830fe27eafeE"(ptr align 1 %_1, i64 %v) unnamed_addr #1 {
start:
  %_5 = load i8, ptr %_1, align 1
  %_6.0 = sub i8 %_5, 48
  %_6.1 = icmp ult i8 %_5, 48
  br i1 %_6.1, label %panic, label %bb1

bb1:                                              ; preds = %start
  %_3 = zext i8 %_6.0 to i64
; call core::num::<impl u64>::checked_add
  %0 = call { i64, i64 } @"_ZN4core3num21_$LT$impl$u20$u64$GT$11checked_add17h1392c5ff08059cf8E"(i64 %v, i64 %_3) #12
  %_0.0 = extractvalue { i64, i64 } %0, 0
  %_0.1 = extractvalue { i64, i64 } %0, 1
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1
  ret { i64, i64 } %2

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_f5db0e1b4e40bf961ec9c928b3b2f3c1) #17
  unreachable
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, ptr } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h3bb1d31170eb07d8E"(ptr %self.0, ptr %self.1) unnamed_addr #1 {
start:
  %0 = insertvalue { ptr, ptr } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, ptr } %0, ptr %self.1, 1
  ret { ptr, ptr } %1
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h52b94637148d97a1E"(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %self, i64 24, i1 false)
  ret void
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define { i32, i32 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h69d5a90fb47960b8E"(i32 %self.0, i32 %self.1) unnamed_addr #1 {
start:
  %0 = insertvalue { i32, i32 } poison, i32 %self.0, 0
  %1 = insertvalue { i32, i32 } %0, i32 %self.1, 1
  ret { i32, i32 } %1
}

; <core::result::Result<T,E> as core::ops::try_trait::Try>::branch
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN79_$LT$core..result..Result$LT$T$C$E$GT$$u20$as$u20$core..ops..try_trait..Try$GT$6branch17hca62ab6930344448E"(i64 %0, i64 %1) unnamed_addr #1 {
start:
  %_0 = alloca [16 x i8], align 8
  %self = alloca [16 x i8], align 8
  store i64 %0, ptr %self, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %1, ptr %2, align 8
  %_2 = load i64, ptr %self, align 8
  %3 = getelementptr inbounds i8, ptr %self, i64 8
  %4 = load i64, ptr %3, align 8
  %5 = trunc nuw i64 %_2 to i1
  br i1 %5, label %bb2, label %bb3

bb2:                                              ; preds = %start
  %6 = getelementptr inbounds i8, ptr %self, i64 8
  %e = load i64, ptr %6, align 8
  %7 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %e, ptr %7, align 8
  store i64 1, ptr %_0, align 8
  br label %bb4

bb3:                                              ; preds = %start
  %8 = getelementptr inbounds i8, ptr %self, i64 8
  %v = load i64, ptr %8, align 8
  %9 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %v, ptr %9, align 8
  store i64 0, ptr %_0, align 8
  br label %bb4

bb4:                                              ; preds = %bb2, %bb3
  %10 = load i64, ptr %_0, align 8
  %11 = getelementptr inbounds i8, ptr %_0, i64 8
  %12 = load i64, ptr %11, align 8
  %13 = insertvalue { i64, i64 } poison, i64 %10, 0
  %14 = insertvalue { i64, i64 } %13, i64 %12, 1
  ret { i64, i64 } %14

bb1:                                              ; No predecessors!
  unreachable
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nonlazybind uwtable
define { i32, i32 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h27dfbdc576e320cdE"(ptr align 4 %self) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 4
  %_3.i = load i32, ptr %self, align 4
  %_4.i = load i32, ptr %_4, align 4
  %_0.i = icmp slt i32 %_3.i, %_4.i
  br i1 %_0.i, label %bb2, label %bb4

bb4:                                              ; preds = %start
  store i32 0, ptr %_0, align 4
  br label %bb5

bb2:                                              ; preds = %start
  %old = load i32, ptr %self, align 4
; call <i32 as core::iter::range::Step>::forward_unchecked
  %_6 = call i32 @"_ZN47_$LT$i32$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h247e1cabd9eca8fbE"(i32 %old, i64 1) #12
  store i32 %_6, ptr %self, align 4
  %0 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %old, ptr %0, align 4
  store i32 1, ptr %_0, align 4
  br label %bb5

bb5:                                              ; preds = %bb2, %bb4
  %1 = load i32, ptr %_0, align 4
  %2 = getelementptr inbounds i8, ptr %_0, i64 4
  %3 = load i32, ptr %2, align 4
  %4 = insertvalue { i32, i32 } poison, i32 %1, 0
  %5 = insertvalue { i32, i32 } %4, i32 %3, 1
  ret { i32, i32 } %5
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nonlazybind uwtable
define { i32, i32 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h8731e2f37bafd6a2E"(ptr align 4 %self) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 4
  %_3.i = load i32, ptr %self, align 4
  %_4.i = load i32, ptr %_4, align 4
  %_0.i = icmp ult i32 %_3.i, %_4.i
  br i1 %_0.i, label %bb2, label %bb4

bb4:                                              ; preds = %start
  store i32 0, ptr %_0, align 4
  br label %bb5

bb2:                                              ; preds = %start
  %old = load i32, ptr %self, align 4
; call <u32 as core::iter::range::Step>::forward_unchecked
  %_6 = call i32 @"_ZN47_$LT$u32$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17ha63311ecc2434263E"(i32 %old, i64 1) #12
  store i32 %_6, ptr %self, align 4
  %0 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %old, ptr %0, align 4
  store i32 1, ptr %_0, align 4
  br label %bb5

bb5:                                              ; preds = %bb2, %bb4
  %1 = load i32, ptr %_0, align 4
  %2 = getelementptr inbounds i8, ptr %_0, i64 4
  %3 = load i32, ptr %2, align 4
  %4 = insertvalue { i32, i32 } poison, i32 %1, 0
  %5 = insertvalue { i32, i32 } %4, i32 %3, 1
  ret { i32, i32 } %5
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define align 1 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17he134575045187eecE"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 8
  %ptr = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %end_or_len = load ptr, ptr %0, align 8
  br label %bb4

bb4:                                              ; preds = %start
  %_6 = icmp eq ptr %ptr, %end_or_len
  br i1 %_6, label %bb5, label %bb6

bb6:                                              ; preds = %bb4
  %_16 = getelementptr inbounds nuw i8, ptr %ptr, i64 1
  store ptr %_16, ptr %self, align 8
  br label %bb7

bb5:                                              ; preds = %bb4
  store ptr null, ptr %_0, align 8
  br label %bb8

bb7:                                              ; preds = %bb6
  store ptr %ptr, ptr %_0, align 8
  br label %bb8

bb8:                                              ; preds = %bb5, %bb7
  %1 = load ptr, ptr %_0, align 8
  ret ptr %1

bb1:                                              ; No predecessors!
  unreachable

bb2:                                              ; No predecessors!
  unreachable

bb3:                                              ; No predecessors!
  unreachable

bb9:                                              ; No predecessors!
  unreachable

bb10:                                             ; No predecessors!
  unreachable
}

; <core::slice::iter::Iter<T> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define align 4 ptr @"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17hfa57567b723c3143E"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 8
  %ptr = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %end_or_len = load ptr, ptr %0, align 8
  br label %bb4

bb4:                                              ; preds = %start
  %_6 = icmp eq ptr %ptr, %end_or_len
  br i1 %_6, label %bb5, label %bb6

bb6:                                              ; preds = %bb4
  %_16 = getelementptr inbounds nuw i32, ptr %ptr, i64 1
  store ptr %_16, ptr %self, align 8
  br label %bb7

bb5:                                              ; preds = %bb4
  store ptr null, ptr %_0, align 8
  br label %bb8

bb7:                                              ; preds = %bb6
  store ptr %ptr, ptr %_0, align 8
  br label %bb8

bb8:                                              ; preds = %bb5, %bb7
  %1 = load ptr, ptr %_0, align 8
  ret ptr %1

bb1:                                              ; No predecessors!
  unreachable

bb2:                                              ; No predecessors!
  unreachable

bb3:                                              ; No predecessors!
  unreachable

bb9:                                              ; No predecessors!
  unreachable

bb10:                                             ; No predecessors!
  unreachable
}

; <core::slice::iter::IterMut<T> as core::iter::traits::iterator::Iterator>::next
; Function Attrs: inlinehint nonlazybind uwtable
define align 8 ptr @"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17hc51ef9bee416d4caE"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_0 = alloca [8 x i8], align 8
  %ptr = load ptr, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %end_or_len = load ptr, ptr %0, align 8
  br label %bb4

bb4:                                              ; preds = %start
  %_7 = icmp eq ptr %ptr, %end_or_len
  br i1 %_7, label %bb5, label %bb6

bb6:                                              ; preds = %bb4
  %_17 = getelementptr inbounds nuw i64, ptr %ptr, i64 1
  store ptr %_17, ptr %self, align 8
  br label %bb7

bb5:                                              ; preds = %bb4
  store ptr null, ptr %_0, align 8
  br label %bb8

bb7:                                              ; preds = %bb6
  store ptr %ptr, ptr %_0, align 8
  br label %bb8

bb8:                                              ; preds = %bb5, %bb7
  %1 = load ptr, ptr %_0, align 8
  ret ptr %1

bb1:                                              ; No predecessors!
  unreachable

bb2:                                              ; No predecessors!
  unreachable

bb3:                                              ; No predecessors!
  unreachable

bb9:                                              ; No predecessors!
  unreachable

bb10:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #5

; Function Attrs: nonlazybind
declare i32 @rust_eh_personality(...) unnamed_addr #6

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #5

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #9

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #10

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #11

; core::panicking::panic_const::panic_const_sub_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8) unnamed_addr #7

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nonlazybind "target-cpu"="x86-64" }
attributes #7 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #11 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { inlinehint }
attributes #13 = { noreturn }
attributes #14 = { inlinehint nounwind }
attributes #15 = { noinline noreturn nounwind }
attributes #16 = { nounwind }
attributes #17 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
